# Validates the sample corpus against the RELAX NG schema, and checks that the
# schema rejects the deliberately invalid fixtures.
#
#   cmake -DXMLLINT=/usr/bin/xmllint -DSOURCE_DIR=/path/to/main \
#         -P tests/schema/check_schema.cmake
#
# Must accept: corpus/*.xml and tests/fixtures/**/*.meta.xml (sidecars).
# Must reject: tests/schema/invalid/*.xml. An invalid fixture can contain a
# comment line "expect: TEXT", and then xmllint's diagnostics must contain
# TEXT. This makes sure the file is rejected for the reason it was written for.

cmake_minimum_required(VERSION 3.20)

set(CHECK_NAME check_schema)
include("${CMAKE_CURRENT_LIST_DIR}/xmllint.cmake")
set(SCHEMA "${SOURCE_DIR}/schemas/corpus.rng")
if(NOT EXISTS "${SCHEMA}")
  message(FATAL_ERROR "check_schema: schema not found: ${SCHEMA}")
endif()

# ---- 1. valid files -------------------------------------------------------
file(GLOB corpus_files LIST_DIRECTORIES false "${SOURCE_DIR}/corpus/*.xml")
file(GLOB_RECURSE sidecar_files LIST_DIRECTORIES false "${SOURCE_DIR}/tests/fixtures/*.meta.xml")
list(SORT corpus_files)
list(SORT sidecar_files)
if(NOT corpus_files)
  message(FATAL_ERROR "check_schema: no files in ${SOURCE_DIR}/corpus/*.xml")
endif()

set(valid_files ${corpus_files} ${sidecar_files})
set(failures "")
set(n_valid 0)
foreach(f IN LISTS valid_files)
  run_xmllint("${f}" rc log)
  if(rc EQUAL 0)
    math(EXPR n_valid "${n_valid} + 1")
  else()
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
    string(APPEND failures "  ${rel} (xmllint exit ${rc}):\n${log}\n")
  endif()
endforeach()

# ---- 2. invalid fixtures ----------------------------------------------------
file(GLOB invalid_files LIST_DIRECTORIES false "${SOURCE_DIR}/tests/schema/invalid/*.xml")
list(SORT invalid_files)
if(NOT invalid_files)
  message(FATAL_ERROR "check_schema: no invalid fixtures in ${SOURCE_DIR}/tests/schema/invalid/")
endif()

set(n_rejected 0)
foreach(f IN LISTS invalid_files)
  file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
  run_xmllint("${f}" rc log)
  if(rc EQUAL 0)
    string(APPEND failures "  ${rel}: is invalid on purpose but the schema ACCEPTED it\n")
    continue()
  elseif(NOT rc EQUAL 3)
    string(APPEND failures "  ${rel}: expected a validity error (exit 3), got exit ${rc}:\n${log}\n")
    continue()
  endif()
  file(STRINGS "${f}" expect_lines REGEX "expect:")
  set(ok TRUE)
  foreach(line IN LISTS expect_lines)
    string(REGEX REPLACE "^.*expect:[ \t]*" "" expected "${line}")
    string(REPLACE "-->" "" expected "${expected}")
    string(STRIP "${expected}" expected)
    if(NOT expected STREQUAL "")
      string(FIND "${log}" "${expected}" pos)
      if(pos EQUAL -1)
        set(ok FALSE)
        string(APPEND failures
          "  ${rel}: rejected, but not for the expected reason \"${expected}\":\n${log}\n")
      endif()
    endif()
  endforeach()
  if(ok)
    math(EXPR n_rejected "${n_rejected} + 1")
  endif()
endforeach()

list(LENGTH corpus_files n_corpus)
list(LENGTH sidecar_files n_sidecar)
list(LENGTH valid_files n_valid_total)
list(LENGTH invalid_files n_invalid)
set(summary "schema check: ${n_valid}/${n_valid_total} valid files accepted (${n_corpus} corpus, ${n_sidecar} sidecars), ${n_rejected}/${n_invalid} invalid fixtures rejected")
if(NOT failures STREQUAL "")
  message(FATAL_ERROR "${summary}\nFailures:\n${failures}")
endif()
message(STATUS "${summary}")
