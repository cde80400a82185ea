# Validates the thesaurus against its RELAX NG schema, and checks that the
# schema rejects thesauri broken in the ways that matter to the loader.
#
#   cmake -DXMLLINT=/usr/bin/xmllint -DSOURCE_DIR=/path/to/main \
#         -P tests/schema/check_thesaurus.cmake
#
# Must accept: data/thesaurus.xml.
# Must reject: the small invalid thesauri written below into a scratch
# directory, each for the reason given with it (a fragment of xmllint's
# diagnostics). They live here rather than as fixture files so that each
# case reads next to the rule it breaks.

cmake_minimum_required(VERSION 3.20)

set(CHECK_NAME check_thesaurus)
include("${CMAKE_CURRENT_LIST_DIR}/xmllint.cmake")
set(SCHEMA "${SOURCE_DIR}/schemas/thesaurus.rng")
set(data "${SOURCE_DIR}/data/thesaurus.xml")
foreach(f IN ITEMS "${SCHEMA}" "${data}")
  if(NOT EXISTS "${f}")
    message(FATAL_ERROR "check_thesaurus: not found: ${f}")
  endif()
endforeach()

set(failures "")

# ---- 1. the real data -------------------------------------------------------
run_xmllint("${data}" rc log)
set(data_ok FALSE)
if(rc EQUAL 0)
  set(data_ok TRUE)
else()
  string(APPEND failures "  data/thesaurus.xml (xmllint exit ${rc}):\n${log}\n")
endif()

# ---- 2. invalid thesauri ------------------------------------------------------
# Scratch space outside the source tree, so that a run by hand leaves nothing behind.
if(DEFINED ENV{TMPDIR} AND IS_DIRECTORY "$ENV{TMPDIR}")
  set(tmp_root "$ENV{TMPDIR}")
else()
  set(tmp_root "/tmp")
endif()
string(RANDOM LENGTH 12 suffix)
set(scratch "${tmp_root}/paragraf-check-thesaurus-${suffix}")
file(MAKE_DIRECTORY "${scratch}")

set(en "<labels xml:lang=\"en\"><pref>right to health</pref></labels>")
set(ru "<labels xml:lang=\"ru\"><pref>право на здоровье</pref></labels>")
set(kk "<labels xml:lang=\"kk\"><pref>денсаулыққа құқық</pref></labels>")
set(labels "${en}${ru}${kk}")

# Each case: a name, the expected fragment of the diagnostics, the <concept>s.
set(case_names "")
macro(invalid name expected body)
  list(APPEND case_names "${name}")
  set(expect_${name} "${expected}")
  file(WRITE "${scratch}/${name}.xml"
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<thesaurus version=\"1\">\n${body}\n</thesaurus>\n")
endmacro()

invalid(duplicate-id "ID a redefined"
  "<concept id=\"a\" category=\"right\">${labels}</concept><concept id=\"a\" category=\"right\">${labels}</concept>")
invalid(unknown-broader "references an unknown ID \"b\""
  "<concept id=\"a\" category=\"right\" broader=\"b\">${labels}</concept>")
invalid(bad-id "Element concept failed to validate attributes"
  "<concept id=\"Right_To_Health\" category=\"right\">${labels}</concept>")
invalid(bad-category "Element concept failed to validate attributes"
  "<concept id=\"a\" category=\"misc\">${labels}</concept>")
invalid(missing-kazakh "Expecting an element , got nothing"
  "<concept id=\"a\" category=\"right\">${en}${ru}</concept>")
invalid(wrong-language "Element labels failed to validate attributes"
  "<concept id=\"a\" category=\"right\">${en}${ru}<labels xml:lang=\"fr\"><pref>droit</pref></labels></concept>")
invalid(languages-out-of-order "Element labels failed to validate attributes"
  "<concept id=\"a\" category=\"right\">${ru}${en}${kk}</concept>")
invalid(no-preferred-label "Did not expect element alt there"
  "<concept id=\"a\" category=\"right\"><labels xml:lang=\"en\"><alt>health</alt></labels>${ru}${kk}</concept>")
invalid(two-preferred-labels "Did not expect element pref there"
  "<concept id=\"a\" category=\"right\"><labels xml:lang=\"en\"><pref>x</pref><pref>y</pref></labels>${ru}${kk}</concept>")
invalid(empty-label "Error validating datatype string"
  "<concept id=\"a\" category=\"right\"><labels xml:lang=\"en\"><pref>  </pref></labels>${ru}${kk}</concept>")
invalid(bad-status "Invalid attribute status"
  "<concept id=\"a\" category=\"right\"><labels xml:lang=\"en\"><pref status=\"maybe\">x</pref></labels>${ru}${kk}</concept>")
invalid(case-on-alt "Invalid attribute case"
  "<concept id=\"a\" category=\"right\"><labels xml:lang=\"en\"><pref>x</pref><alt case=\"sensitive\">y</alt></labels>${ru}${kk}</concept>")
invalid(unknown-instrument "Element article failed to validate attributes"
  "<concept id=\"a\" category=\"right\">${labels}<article instrument=\"ECHR\" n=\"8\"/></concept>")
invalid(bad-article-number "Element article failed to validate attributes"
  "<concept id=\"a\" category=\"right\">${labels}<article instrument=\"ICESCR\" n=\"art. 12\"/></concept>")
invalid(article-before-labels "Did not expect element article there"
  "<concept id=\"a\" category=\"right\"><article instrument=\"ICESCR\" n=\"12\"/>${labels}</concept>")

set(n_rejected 0)
list(LENGTH case_names n_invalid)
foreach(name IN LISTS case_names)
  run_xmllint("${scratch}/${name}.xml" rc log)
  if(rc EQUAL 0)
    string(APPEND failures "  ${name}: is invalid on purpose but the schema ACCEPTED it\n")
  elseif(NOT rc EQUAL 3)
    string(APPEND failures "  ${name}: expected a validity error (exit 3), got exit ${rc}:\n${log}\n")
  else()
    string(FIND "${log}" "${expect_${name}}" pos)
    if(pos EQUAL -1)
      string(APPEND failures
        "  ${name}: rejected, but not for the expected reason \"${expect_${name}}\":\n${log}\n")
    else()
      math(EXPR n_rejected "${n_rejected} + 1")
    endif()
  endif()
endforeach()
file(REMOVE_RECURSE "${scratch}")

if(data_ok)
  set(data_word "accepted")
else()
  set(data_word "REJECTED")
endif()
set(summary "thesaurus schema check: data/thesaurus.xml ${data_word}, ${n_rejected}/${n_invalid} invalid thesauri rejected")
if(NOT failures STREQUAL "")
  message(FATAL_ERROR "${summary}\nFailures:\n${failures}")
endif()
message(STATUS "${summary}")
