# The crossref quality floor: indexes the sample corpus and measures `paragraf crossref` on each
# judged set in tests/fixtures/crossref/ with tools/eval/crossref_eval, failing when precision,
# recall or silent claims found drop below the floors (set a little under the figures in
# docs/crossref.md, so that a change that makes the matching worse is noticed).
#   cmake -DPARAGRAF=... -DEVAL=... -DSOURCE_DIR=... -DWORK_DIR=... -P crossref_quality.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${PARAGRAF}" index --db "${WORK_DIR}/db" "${SOURCE_DIR}/corpus"
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE error)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "indexing the sample corpus failed: ${error}")
endif()

# judged set; precision, recall and silent-found floors
set(sets
    "judged-xar.tsv:0.55:0.55:0.75"
    "judged-xar-lgbti.tsv:0.75:0.50:0.80"
    "judged-xar-followup.tsv:0.55:0.45:0.30")
set(failed "")
foreach(entry IN LISTS sets)
  string(REPLACE ":" ";" fields "${entry}")
  list(GET fields 0 judged)
  list(GET fields 1 min_precision)
  list(GET fields 2 min_recall)
  list(GET fields 3 min_silent)
  execute_process(
    COMMAND "${EVAL}" --db "${WORK_DIR}/db" --judged "${SOURCE_DIR}/tests/fixtures/crossref/${judged}"
            --min-precision ${min_precision} --min-recall ${min_recall} --min-silent ${min_silent}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
  message("${judged}:\n${output}${error}")
  if(NOT result EQUAL 0)
    list(APPEND failed "${judged}")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}")
if(failed)
  message(FATAL_ERROR "crossref quality below the floors on: ${failed}")
endif()
