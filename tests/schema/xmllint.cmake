# Shared by the schema checks (check_schema.cmake, check_thesaurus.cmake): finds xmllint and
# runs it against one RELAX NG schema. Include after setting CHECK_NAME (for messages) and
# SCHEMA (the .rng file).

if(NOT DEFINED SOURCE_DIR OR SOURCE_DIR STREQUAL "")
  get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
endif()
if(NOT DEFINED XMLLINT OR XMLLINT STREQUAL "")
  find_program(XMLLINT xmllint)
endif()
if(NOT XMLLINT OR NOT EXISTS "${XMLLINT}")
  message(FATAL_ERROR "${CHECK_NAME}: xmllint not found (pass -DXMLLINT=/path/to/xmllint)")
endif()

# xmllint exit codes: 0 valid, 3 invalid; others (1 parse error,
# 5 schema compilation failure, ...) are errors of the check itself.
function(run_xmllint file out_rc out_log)
  execute_process(
    COMMAND "${XMLLINT}" --noout --nonet --relaxng "${SCHEMA}" "${file}"
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
  if(rc EQUAL 5)
    message(FATAL_ERROR "${CHECK_NAME}: the schema ${SCHEMA} does not compile:\n${out}${err}")
  endif()
  set(${out_rc} "${rc}" PARENT_SCOPE)
  set(${out_log} "${out}${err}" PARENT_SCOPE)
endfunction()
