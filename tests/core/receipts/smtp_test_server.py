#!/usr/bin/env python3
"""A real SMTP server on loopback for RefundDesk's receipt email tests, built on aiosmtpd.

It speaks STARTTLS (--security starttls), TLS from the first byte (--security tls) or plain
SMTP (--security none), requires AUTH LOGIN/PLAIN when --user is given, and writes every
message it accepts into its own folder under --maildir:
  NNN/message.eml          the message as received
  NNN/attachment-<name>    each attachment, decoded
  NNN/summary.json         envelope and headers, and the parts as Python's email package
                           parsed them (written last: its presence means the rest is there)
It prints "READY <port>" once it listens and runs until stdin closes or SIGTERM.
"""

import argparse
import asyncio
import email
import json
import os
import signal
import ssl
import sys
import threading
from email import policy

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class MailSaver:
    def __init__(self, maildir):
        self.maildir = maildir
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        folder = os.path.join(self.maildir, "%03d" % self.count)
        os.makedirs(folder)
        raw = envelope.original_content or envelope.content
        with open(os.path.join(folder, "message.eml"), "wb") as out:
            out.write(raw)
        message = email.message_from_bytes(raw, policy=policy.default)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            info = {
                "content_type": part.get_content_type(),
                "disposition": part.get_content_disposition(),
                "filename": part.get_filename(),
                "transfer_encoding": part.get("Content-Transfer-Encoding"),
            }
            if part.get_filename():
                name = os.path.basename(part.get_filename())
                with open(os.path.join(folder, "attachment-" + name), "wb") as out:
                    out.write(part.get_payload(decode=True))
            elif part.get_content_maintype() == "text":
                info["text"] = part.get_content()
            parts.append(info)
        summary = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "from": str(message["from"]),
            "to": str(message["to"]),
            "date": str(message["date"]),
            "message_id": str(message["message-id"]),
            "content_type": message.get_content_type(),
            "tls": session.ssl is not None,
            "authenticated": bool(session.authenticated),
            "parts": parts,
        }
        partial = os.path.join(folder, "summary.json.part")
        with open(partial, "w", encoding="utf-8") as out:
            json.dump(summary, out, ensure_ascii=False, indent=1)
        os.rename(partial, os.path.join(folder, "summary.json"))
        return "250 2.0.0 Message accepted for delivery"


def authenticator_for(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        if (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and auth_data.password.decode() == password
        ):
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    return authenticate


async def serve(args):
    loop = asyncio.get_running_loop()
    handler = MailSaver(args.maildir)
    context = None
    if args.security != "none":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
    authenticator = authenticator_for(args.user, args.password) if args.user else None

    def protocol():
        return SMTP(
            handler,
            hostname="refunddesk-test-smtp",
            tls_context=context if args.security == "starttls" else None,
            require_starttls=args.security == "starttls",
            authenticator=authenticator,
            auth_required=authenticator is not None,
            # On an implicit TLS connection aiosmtpd does not know TLS is on.
            auth_require_tls=args.security == "starttls",
        )

    server = await loop.create_server(
        protocol, host=args.host, port=args.port, ssl=context if args.security == "tls" else None
    )
    print("READY %d" % server.sockets[0].getsockname()[1], flush=True)

    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)

    def wait_for_stdin_to_close():
        while sys.stdin.buffer.read(4096):
            pass
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=wait_for_stdin_to_close, daemon=True).start()
    await stop.wait()
    server.close()
    await server.wait_closed()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--security", choices=["starttls", "tls", "none"], default="starttls")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--maildir", required=True)
    args = parser.parse_args()
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
