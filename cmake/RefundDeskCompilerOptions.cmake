# Compiler settings every RefundDesk target shares, applied through refunddesk_apply_defaults().

add_library(refunddesk_options INTERFACE)
target_compile_definitions(refunddesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_FORCE_ASSERTS
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)
target_compile_options(refunddesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wconversion -Wsign-conversion -Wformat=2
    -Wimplicit-fallthrough
)
if(REFUNDDESK_WARNINGS_AS_ERRORS)
    target_compile_options(refunddesk_options INTERFACE -Werror)
endif()
if(REFUNDDESK_SANITIZE)
    target_compile_options(refunddesk_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(refunddesk_options INTERFACE -fsanitize=address,undefined)
endif()
