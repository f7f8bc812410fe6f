# Makes the receipt clip the video tests play: PNG frames from generate-receipt-images, encoded
# to VP8/WebM by GStreamer (VP8 decodes on both of Qt Multimedia's backends).
#   cmake -DGENERATOR=<generate-receipt-images> -DOUT=<file.webm> -DTEXT=<QR content> -P make-receipt-video.cmake
# Needs gst-launch-1.0 (Debian gstreamer1.0-tools) and vp8enc/webmmux (gstreamer1.0-plugins-good).
find_program(GST_LAUNCH gst-launch-1.0)
if(NOT GST_LAUNCH)
    message(FATAL_ERROR "gst-launch-1.0 not found: install gstreamer1.0-tools and gstreamer1.0-plugins-good")
endif()
get_filename_component(out_dir "${OUT}" DIRECTORY)
set(frames "${out_dir}/receipt-video-frames")
file(REMOVE_RECURSE "${frames}")
set(frame_count 30)
execute_process(COMMAND "${GENERATOR}" --out "${frames}" --video-frames ${frame_count} --text "${TEXT}"
                RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
    message(FATAL_ERROR "generate-receipt-images failed: ${generated}")
endif()
math(EXPR last "${frame_count} - 1")
execute_process(COMMAND "${GST_LAUNCH}" -q
                    multifilesrc "location=${frames}/frame-%03d.png" index=0 stop-index=${last}
                    "caps=image/png,framerate=10/1"
                    ! pngdec ! videoconvert ! vp8enc deadline=1 ! webmmux ! filesink "location=${OUT}"
                RESULT_VARIABLE encoded)
if(NOT encoded EQUAL 0 OR NOT EXISTS "${OUT}")
    message(FATAL_ERROR "gst-launch-1.0 could not encode ${OUT}: ${encoded}")
endif()
