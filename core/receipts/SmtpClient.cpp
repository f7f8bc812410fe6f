#include "SmtpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace RefundDesk {

namespace {

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
    void operator()(curl_mime *mime) const { curl_mime_free(mime); }
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};
template<typename T>
using CurlPtr = std::unique_ptr<T, CurlDeleter>;

struct Transfer
{
    const SmtpClient::Progress *progress = nullptr;
    const std::atomic_bool *cancel = nullptr;
    QByteArray lastReply; // the server's last response line; what we send (AUTH) is never kept
};

int onProgress(void *data, curl_off_t, curl_off_t, curl_off_t uploadTotal, curl_off_t uploadNow)
{
    const auto *transfer = static_cast<Transfer *>(data);
    if (*transfer->progress)
        (*transfer->progress)(static_cast<qint64>(uploadNow), static_cast<qint64>(uploadTotal));
    return transfer->cancel->load() ? 1 : 0;
}

int onDebug(CURL *, curl_infotype type, char *text, size_t size, void *data)
{
    if (type == CURLINFO_HEADER_IN) {
        auto *transfer = static_cast<Transfer *>(data);
        const QByteArray line = QByteArray(text, static_cast<qsizetype>(size)).trimmed();
        if (!line.isEmpty())
            transfer->lastReply = line;
    }
    return 0;
}

QByteArray angle(const QString &address)
{
    return '<' + address.toUtf8() + '>';
}

QByteArray mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return angle(address);
    QByteArray phrase = SmtpClient::encodeHeaderText(name);
    // A plain name goes in quotes: a comma or colon in it would otherwise split the header.
    if (!phrase.startsWith("=?")) {
        phrase.replace('\\', "\\\\").replace('"', "\\\"");
        phrase = '"' + phrase + '"';
    }
    return phrase + ' ' + angle(address);
}

// RFC 5322 date, in English whatever the locale.
QByteArray dateHeader()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"))
        .toLatin1();
}

SmtpResult failure(SmtpResult::Status status, const QString &message, const QByteArray &reply)
{
    SmtpResult result;
    result.status = status;
    result.serverReply = QString::fromUtf8(reply);
    result.message =
        reply.isEmpty() ? message : SmtpClient::tr("%1 The server said: %2").arg(message, result.serverReply);
    return result;
}

SmtpResult describeError(CURLcode code, const SmtpConfig &config, const QString &to, const QByteArray &reply,
                         const char *errorBuffer)
{
    const QString server = QStringLiteral("%1:%2").arg(config.host).arg(config.port);
    const QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return failure(SmtpResult::Status::ConnectionFailed,
                       SmtpClient::tr("The mail server name %1 cannot be found; check [smtp] host.").arg(config.host),
                       reply);
    case CURLE_COULDNT_CONNECT:
        return failure(
            SmtpResult::Status::ConnectionFailed,
            SmtpClient::tr(
                "Cannot connect to the mail server %1 (%2). Is it running, and are [smtp] host and port right?")
                .arg(server, detail),
            reply);
    case CURLE_OPERATION_TIMEDOUT:
        return failure(SmtpResult::Status::Timeout,
                       SmtpClient::tr("The mail server %1 did not answer within %2 seconds.")
                           .arg(server)
                           .arg(config.timeoutSeconds),
                       reply);
    case CURLE_LOGIN_DENIED:
        return failure(SmtpResult::Status::LoginRefused,
                       SmtpClient::tr("The mail server %1 refused the login of %2; check [smtp] user and password.")
                           .arg(server, config.user),
                       reply);
    case CURLE_USE_SSL_FAILED:
        return failure(
            SmtpResult::Status::TlsFailed,
            SmtpClient::tr("The mail server %1 does not offer STARTTLS. If it expects TLS from the start (port 465), "
                           "set [smtp] security to tls.")
                .arg(server),
            reply);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
        return failure(
            SmtpResult::Status::TlsFailed,
            SmtpClient::tr("The secure connection to the mail server %1 failed: %2. If the server uses a private "
                           "certificate authority, name it in [smtp] ca_file.")
                .arg(server, detail),
            reply);
    case CURLE_ABORTED_BY_CALLBACK:
        return failure(SmtpResult::Status::Cancelled, SmtpClient::tr("Sending the receipt was cancelled."),
                       QByteArray());
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        if (!reply.startsWith('5') && !reply.startsWith('4'))
            return failure(SmtpResult::Status::ConnectionFailed,
                           SmtpClient::tr("The connection to the mail server %1 broke off: %2").arg(server, detail),
                           reply);
        return failure(SmtpResult::Status::Refused,
                       SmtpClient::tr("The mail server %1 refused the message to %2.").arg(server, to), reply);
    default:
        break;
    }
    if (reply.startsWith('5') || reply.startsWith('4'))
        return failure(SmtpResult::Status::Refused,
                       SmtpClient::tr("The mail server %1 refused the message to %2 (%3).").arg(server, to, detail),
                       reply);
    return failure(SmtpResult::Status::Failed,
                   SmtpClient::tr("Sending through the mail server %1 failed: %2").arg(server, detail), reply);
}

} // namespace

QByteArray SmtpClient::encodeHeaderText(const QString &text)
{
    // Control characters (line breaks would start a new header) become one space each run;
    // everything else, no-break spaces in amounts included, stays as written.
    QString clean;
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            if (!clean.endsWith(u' '))
                clean += u' ';
            continue;
        }
        ascii = ascii && c.unicode() < 0x7F;
        clean += c;
    }
    clean = clean.trimmed();
    if (ascii)
        return clean.toLatin1();
    // Encoded words of at most 75 characters, each holding whole UTF-8 characters.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype at = 0; at < clean.size(); ++at) {
        const qsizetype length = clean[at].isHighSurrogate() && at + 1 < clean.size() ? 2 : 1;
        const QByteArray bytes = clean.mid(at, length).toUtf8();
        at += length - 1;
        if (chunk.size() + bytes.size() > 45) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join(' ');
}

SmtpResult SmtpClient::send(const SmtpConfig &config, const QString &password, const EmailMessage &message,
                            const Progress &progress, const std::atomic_bool &cancel)
{
    initCurlOnce();
    CurlPtr<CURL> curl(curl_easy_init());
    if (!curl)
        return failure(SmtpResult::Status::Failed, tr("The mail library could not start."), QByteArray());

    QByteArray host = QUrl::toAce(config.host);
    if (host.isEmpty())
        host = config.host.toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const QByteArray url =
        (config.security == SmtpSecurity::Tls ? "smtps://" : "smtp://") + host + ':' + QByteArray::number(config.port);
    const QByteArray user = config.user.toUtf8();
    const QByteArray pass = password.toUtf8();
    const QByteArray from = angle(message.fromAddress);
    const QByteArray caFile = config.caFile.toLocal8Bit();
    const QByteArray domain = message.fromAddress.mid(message.fromAddress.lastIndexOf(u'@') + 1).toUtf8();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Transfer transfer;
    transfer.progress = &progress;
    transfer.cancel = &cancel;

    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
                     static_cast<long>(config.security == SmtpSecurity::StartTls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, pass.constData());
    }
    if (!caFile.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    CurlPtr<curl_slist> recipients(curl_slist_append(nullptr, angle(message.toAddress).constData()));
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());

    const QList<QByteArray> headerLines = {
        "Date: " + dateHeader(),
        "From: " + mailbox(message.fromName, message.fromAddress),
        "To: " + angle(message.toAddress),
        "Subject: " + encodeHeaderText(message.subject),
        "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + domain + '>',
    };
    curl_slist *headerList = nullptr;
    for (const QByteArray &line : headerLines)
        headerList = curl_slist_append(headerList, line.constData());
    CurlPtr<curl_slist> headers(headerList);
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());

    // multipart/mixed { multipart/alternative { text/plain, text/html }, attachments... }
    CurlPtr<curl_mime> mime(curl_mime_init(handle));
    curl_mime *alternative = curl_mime_init(handle);
    const QByteArray text = message.textBody.toUtf8();
    const QByteArray html = message.htmlBody.toUtf8();
    curl_mimepart *part = curl_mime_addpart(alternative);
    curl_mime_data(part, text.constData(), static_cast<size_t>(text.size()));
    curl_mime_type(part, "text/plain; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    part = curl_mime_addpart(alternative);
    curl_mime_data(part, html.constData(), static_cast<size_t>(html.size()));
    curl_mime_type(part, "text/html; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    part = curl_mime_addpart(mime.get());
    curl_mime_subparts(part, alternative); // the part owns it from here on
    curl_mime_type(part, "multipart/alternative");
    CurlPtr<curl_slist> inlineHeader(curl_slist_append(nullptr, "Content-Disposition: inline"));
    curl_mime_headers(part, inlineHeader.release(), 1);
    for (const EmailAttachment &attachment : message.attachments) {
        part = curl_mime_addpart(mime.get());
        curl_mime_data(part, attachment.data.constData(), static_cast<size_t>(attachment.data.size()));
        curl_mime_type(part, attachment.mimeType.constData());
        curl_mime_filename(part, attachment.fileName.toUtf8().constData());
        curl_mime_encoder(part, "base64");
    }
    curl_easy_setopt(handle, CURLOPT_MIMEPOST, mime.get());

    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(config.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(config.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, &onDebug);
    curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L); // feeds onDebug; nothing is printed

    const CURLcode code = curl_easy_perform(handle);
    if (code != CURLE_OK)
        return describeError(code, config, message.toAddress, transfer.lastReply, errorBuffer);
    SmtpResult result;
    result.status = SmtpResult::Status::Sent;
    result.serverReply = QString::fromUtf8(transfer.lastReply);
    return result;
}

} // namespace RefundDesk
