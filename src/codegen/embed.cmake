# embed.cmake: writes the C file that embeds the templates in uniconf.
#   cmake -DROOT=templates -DOUT=templates.c -P embed.cmake
# Every file in a subdirectory of ROOT becomes an entry of codegen_templates
# (codegen.h), named by its path below ROOT, its bytes in a NUL-terminated
# array. Files whose name starts with '.' or ends with '~' are skipped.
file(GLOB_RECURSE files RELATIVE ${ROOT} ${ROOT}/*/*)
list(FILTER files EXCLUDE REGEX "(^|/)\\.|~$")
list(SORT files)
set(arrays "")
set(table "")
set(i 0)
foreach(f ${files})
  file(READ ${ROOT}/${f} hex HEX)
  string(LENGTH "${hex}" n)
  math(EXPR len "${n} / 2")
  # Sixteen bytes a line.
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
  string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){16})" "\\1\n    " hex "${hex}")
  string(APPEND arrays "/* templates/${f} */\nstatic const char t${i}[] = {\n    ${hex}0x00};\n\n")
  string(APPEND table "    {\"${f}\", t${i}, ${len}},\n")
  math(EXPR i "${i} + 1")
endforeach()
file(WRITE ${OUT}.new
  "/* templates.c: made at build time by src/codegen/embed.cmake from templates/. */\n"
  "#include \"codegen.h\"\n\n"
  "${arrays}"
  "const struct codegen_template codegen_templates[] = {\n${table}};\n"
  "const size_t codegen_template_count = ${i};\n")
# Rewritten only when it changes, so that uniconf is relinked only then.
configure_file(${OUT}.new ${OUT} COPYONLY)
file(REMOVE ${OUT}.new)
