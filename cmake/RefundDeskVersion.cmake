# Generates RefundDeskVersion.h from the project() version and the git revision at configure time.

set(REFUNDDESK_GIT_REVISION "")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${CMAKE_SOURCE_DIR}/.git")
    execute_process(
        COMMAND "${GIT_EXECUTABLE}" rev-parse --short=10 HEAD
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
        OUTPUT_VARIABLE REFUNDDESK_GIT_REVISION
        OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET)
endif()
configure_file("${CMAKE_SOURCE_DIR}/core/RefundDeskVersion.h.in"
               "${CMAKE_BINARY_DIR}/generated/RefundDeskVersion.h" @ONLY)
