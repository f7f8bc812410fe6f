# CPack settings for every platform; included by packaging/CMakeLists.txt after the install()
# rules. `cpack -G DEB`, `cpack -G RPM` (Linux), `cpack -G NSIS` (Windows) and
# `cpack -G DragNDrop` (macOS) in a build directory; see docs/packaging.md.

set(CPACK_PACKAGE_NAME "refunddesk")
set(CPACK_PACKAGE_VENDOR "RefundDesk")
set(CPACK_PACKAGE_CONTACT "${REFUNDDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Refunds at the counter and in the back office")
set(CPACK_PACKAGE_DESCRIPTION
    "RefundDesk finds the original payment from a scanned receipt, shows what can still be \
refunded and refunds all or part of it, exactly once, through the gateway that took it \
(Pockyt SecurePay, PW v3, SecPaid, PayNet DuitNow). Back-office staff follow every refund to \
its final state, close the ones that need review and verify the audit trail.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "RefundDesk")
set(CPACK_PACKAGE_EXECUTABLES "refunddesk" "RefundDesk")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/debian/copyright")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_PACKAGE_NAME "RefundDesk")
    set(CPACK_NSIS_DISPLAY_NAME "RefundDesk ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/refunddesk.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/refunddesk.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\refunddesk.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Lets a shell run refundctl and refund-sandbox by name.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "RefundDesk ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/icons/RefundDesk.icns")
else()
    set(CPACK_GENERATOR "DEB")
    find_program(REFUNDDESK_RPMBUILD rpmbuild)
    if(REFUNDDESK_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()

# Debian: library dependencies come from dpkg-shlibdeps; what Qt loads as plugins at run time
# (SQL drivers, platform plugins, the GStreamer elements behind Qt Multimedia) and a font are
# named here, because no linker records them.
set(CPACK_DEBIAN_PACKAGE_RELEASE "1")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, gstreamer1.0-plugins-base, fonts-dejavu-core")
# The webcam (v4l2src) is in -good; without it receipts are still scanned from files, USB
# scanners and typed numbers. Wayland sessions need Qt's Wayland platform plugin.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gstreamer1.0-plugins-good, qt6-wayland")
# QtKeychain keeps gateway credentials in a Secret Service or KWallet.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager, postgresql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# The extended description under the synopsis (CPACK_PACKAGE_DESCRIPTION_SUMMARY): CPack indents
# each line and turns the empty line into " ."; lines stay within 80 columns.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "RefundDesk finds the original payment from a scanned receipt, shows what can
still be refunded and refunds all or part of it, exactly once, through the
gateway that took it: Pockyt SecurePay, PW v3, SecPaid or PayNet DuitNow.
Back-office staff follow every refund to its final state, close the ones that
need review and verify the audit trail.

The package holds the desktop application refunddesk, the command line
refundctl (also a headless webhook receiver for a store server) and
refund-sandbox, a simulator of the four gateways that the demo mode
(refunddesk --demo) runs.")

# RPM (Fedora package names): library dependencies come from rpm's automatic requirements.
set(CPACK_RPM_PACKAGE_RELEASE "1")
set(CPACK_RPM_FILE_NAME "RPM-DEFAULT")
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES
    "qt6-qtbase-gui, qt6-qtbase-postgresql, gstreamer1-plugins-base, dejavu-sans-fonts")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Directories that belong to the filesystem and hicolor-icon-theme packages, not to RefundDesk.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS icon_sizes)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         "/usr/share/icons/hicolor/${size}x${size}" "/usr/share/icons/hicolor/${size}x${size}/apps")
endforeach()
# No /usr/lib/.build-id links: they would clash with any other package built the same way.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")

# Per-generator settings, read by cpack while it makes each package.
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/RefundDeskCPackOptions.cmake.in"
               "${CMAKE_CURRENT_BINARY_DIR}/RefundDeskCPackOptions.cmake" @ONLY)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_BINARY_DIR}/RefundDeskCPackOptions.cmake")

include(CPack)
