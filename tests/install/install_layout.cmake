# `cmake --install` gives a working Paragraf: installs into a temporary prefix, then indexes an
# HTML page (read by the formats module from lib/paragraf/) with the installed binary, which
# also needs the thesaurus from share/paragraf/, and searches it.
#   cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DWORK_DIR=... -P install_layout.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${WORK_DIR}/prefix"
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE error)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${error}")
endif()
foreach(installed bin/paragraf lib/paragraf/libparagraf_formats.so share/paragraf/thesaurus.xml)
  if(NOT EXISTS "${WORK_DIR}/prefix/${installed}")
    message(FATAL_ERROR "not installed: ${installed}")
  endif()
endforeach()
set(paragraf "${WORK_DIR}/prefix/bin/paragraf")
execute_process(COMMAND "${paragraf}" index --db "${WORK_DIR}/db"
                        "${SOURCE_DIR}/tests/fixtures/html/page.html"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
if(NOT result EQUAL 0 OR NOT output MATCHES "Indexed 1 file")
  message(FATAL_ERROR "the installed paragraf could not index an HTML page: ${output}${error}")
endif()
execute_process(COMMAND "${paragraf}" stats --db "${WORK_DIR}/db"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the installed paragraf could not read its index: ${output}${error}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
