/* render_test.c: the template renderer (src/codegen/render.c): its syntax,
 * its errors, and its filters checked against the programs that read what
 * they write: the C compiler, make and sh, and libxlutil (xl's own parser)
 * when it is available.
 *
 * usage: codegen-render-test CC WORKDIR
 */
#include "codegen.h"

#include <uniconf/errors.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef HAVE_XLUTIL
#include <libxlutil.h>
#endif

static int failures;
static const char *cc, *work;

static void failed(const char *what, const char *want, const char *got)
{
    printf("FAIL: %s\n  want: [%s]\n  got:  [%s]\n", what, want, got);
    failures++;
}

/* Renders TMPL with CTX and compares with WANT (NULL: an error is expected,
 * whose message must be WANT_ERR). */
static void check(const char *what, const char *tmpl, const struct codegen_ctx *ctx,
                  const char *want, const char *want_err)
{
    struct util_buf out = {0};
    struct codegen_render_error err;
    int r = codegen_render("test.in", tmpl, strlen(tmpl), ctx, &out, &err);
    if (want && r != 0)
        failed(what, want, err.message);
    else if (want && strcmp(out.data ? out.data : "", want) != 0)
        failed(what, want, out.data ? out.data : "");
    else if (!want && r == 0)
        failed(what, want_err, out.data ? out.data : "");
    else if (!want && strcmp(err.message, want_err) != 0)
        failed(what, want_err, err.message);
    else if (!want && out.len != 0)
        failed("nothing half-rendered", "", out.data);
    util_buf_free(&out);
}

static void syntax(void)
{
    struct util_arena a = {0};
    struct codegen_ctx *c = codegen_ctx_new(&a);
    codegen_ctx_text(c, "name", "web");
    codegen_ctx_text(c, "empty", "");
    codegen_ctx_flag(c, "yes", true);
    codegen_ctx_flag(c, "no", false);
    codegen_ctx_list(c, "none");
    for (int i = 0; i < 3; i++) {
        struct codegen_ctx *j = codegen_ctx_item(c, "jobs");
        codegen_ctx_textf(j, "name", "job%d", i);
        if (i == 1)
            codegen_ctx_text(codegen_ctx_item(j, "devices"), "name", "net0");
        codegen_ctx_list(j, "devices");
    }

    check("a variable", "image {{name}}!", c, "image web!", NULL);
    check("blanks in tags", "{{ name }}{{ name | c }}", c, "webweb", NULL);
    check("flags", "{{yes}} {{no}}", c, "true false", NULL);
    check("no tags", "plain\n", c, "plain\n", NULL);
    check("a section", "{{#jobs}}{{name}}:{{@index}}{{^@last}},{{/@last}}{{/jobs}}", c,
          "job0:0,job1:1,job2:2", NULL);
    check("lookups go outwards", "{{#jobs}}{{name}}@{{yes}} {{/jobs}}", c,
          "job0@true job1@true job2@true ", NULL);
    check("nested sections",
          "{{#jobs}}{{name}}[{{#devices}}{{name}} of {{@first}}{{/devices}}]{{/jobs}}", c,
          "job0[]job1[net0 of true]job2[]", NULL);
    check("conditionals",
          "{{?name}}a{{/name}}{{?empty}}b{{/empty}}{{?yes}}c{{/yes}}"
          "{{?no}}d{{/no}}{{?jobs}}e{{/jobs}}{{?none}}f{{/none}}",
          c, "ace", NULL);
    check("inverted", "{{^name}}a{{/name}}{{^empty}}b{{/empty}}{{^no}}c{{/no}}{{^none}}d{{/none}}",
          c, "bcd", NULL);
    check("standalone lines vanish",
          "a\n  {{#jobs}}\n- {{name}}\n  {{/jobs}}\n{{! a comment }}\nb\n", c,
          "a\n- job0\n- job1\n- job2\nb\n", NULL);
    check("inline tags keep their line", "x {{?yes}}y{{/yes}}\n{{name}} {{?no}}z{{/no}}\nw", c,
          "x y\nweb \nw", NULL);
    check("a standalone tag at the end", "a\n{{?yes}}\nb\n{{/yes}}", c, "a\nb\n", NULL);
    check("a comment", "a{{! not read: { name } }}b", c, "ab", NULL);

    check("unknown name", "line\n  {{nope}}", c, NULL,
          "templates/test.in:2:3: unknown name 'nope'");
    check("loop name outside", "{{@index}}", c, NULL,
          "templates/test.in:1:1: '@index' outside a section");
    check("unknown loop name", "{{#jobs}}{{@nth}}{{/jobs}}", c, NULL,
          "templates/test.in:1:10: unknown name '@nth' (the loop's names are @index, @first, "
          "@last)");
    check("a list as a value", "{{jobs}}", c, NULL,
          "templates/test.in:1:1: 'jobs' is a list: use it as a section");
    check("a section over text", "{{#name}}{{/name}}", c, NULL,
          "templates/test.in:1:1: 'name' is not a list");
    check("unclosed", "{{#jobs}}\n{{?yes}}{{/yes}}", c, NULL,
          "templates/test.in:1:1: 'jobs' is not closed");
    check("crossed", "{{#jobs}}{{?yes}}{{/jobs}}{{/yes}}", c, NULL,
          "templates/test.in:1:18: '{{/jobs}}' closes 'yes'");
    check("closes nothing", "a{{/jobs}}", c, NULL,
          "templates/test.in:1:2: '{{/jobs}}' closes nothing");
    check("open tag", "a {{name", c, NULL, "templates/test.in:1:3: '{{' without '}}'");
    check("no name", "{{#}}", c, NULL, "templates/test.in:1:1: expected a name in '{{#}}'");
    check("unknown filter", "{{name|html}}", c, NULL,
          "templates/test.in:1:1: unknown filter 'html' (the filters are c, comment, make, "
          "shell, xl)");
    check("junk after the name", "{{name x}}", c, NULL,
          "templates/test.in:1:1: unexpected 'x' in '{{name x}}'");
    check("a filter on a section", "{{#jobs|c}}{{/jobs}}", c, NULL,
          "templates/test.in:1:1: unexpected '|c' in '{{#jobs|c}}'");

    codegen_ctx_text(c, "bad", "a;b");
    struct util_buf out = {0};
    struct codegen_render_error err;
    const char *t = "{{bad|make}}";
    if (codegen_render("test.in", t, strlen(t), c, &out, &err) == 0 || !err.value_error ||
        strcmp(err.message, "templates/test.in:1:1: 'a;b' (the value of 'bad') cannot be "
                            "written in a file name of a make rule: it holds ';'") != 0)
        failed("a value make cannot take", "value_error", err.message);
    util_buf_free(&out);
    codegen_ctx_text(c, "name", "replaced");
    check("set again replaces", "{{name}}", c, "replaced", NULL);
    util_arena_free(&a);
}

/* Parses the description TEXT; WANT_ERR NULL: it must parse. */
static void description(const char *what, const char *text, const char *want_err,
                        struct codegen_target *out)
{
    struct util_arena a = {0};
    struct codegen_ctx *c = codegen_ctx_new(&a);
    codegen_ctx_text(c, "name", "web");
    codegen_ctx_text(c, "share", "/opt/my share");
    struct codegen_render_error err;
    int r = codegen_target_parse(CONFIG_TARGET_XEN, "t/target", text, strlen(text), c, out, &err);
    if (!want_err && r != 0)
        failed(what, "(parsed)", err.message);
    else if (want_err && (r == 0 || strcmp(err.message, want_err) != 0))
        failed(what, want_err, r == 0 ? "(parsed)" : err.message);
    util_arena_free(&a);
}

static void descriptions(void)
{
    struct codegen_target t;
    description("a description",
                "# a comment\n"
                "file {{name}}.xl common/job.h.in   # trailing comment\n"
                "image {{name}}.xen\n"
                "run {{share}}/run {{name}}.xl\n"
                "memory 32M\n"
                "\n"
                "stack 64K\n"
                "reserved all run\n"
                "reserved clean\n"
                "needs qemu-system-x86_64 qemu-system-x86\n",
                NULL, &t);
    if (!t.generates || t.n_files != 1 || strcmp(t.files[0].output, "web.xl") != 0 ||
        strcmp(t.image, "web.xen") != 0 || t.n_run != 2 ||
        strcmp(t.run[0], "/opt/my share/run") != 0 || t.memory != (size_t)32 << 20 ||
        t.stack != 64 << 10 || t.n_reserved != 3 || t.n_needs != 1 ||
        strcmp(t.needs[0].package, "qemu-system-x86") != 0)
        failed("the description's settings", "as written", "other values");
    codegen_target_free(&t);
    const char *tail = "memory 1M\nstack 1M\n";
    struct {
        const char *text, *err;
    } bad[] = {
        {"colour blue", "templates/t/target:1: unknown setting 'colour'"},
        {"memory 1M\nmemory 2M", "templates/t/target:2: 'memory' is given twice"},
        {"file one", "templates/t/target:1: 'file' takes 2 to 2 words, not 1"},
        {"file x nope.in", "templates/t/target:1: no template 'nope.in'"},
        {"memory 12X", "templates/t/target:1: '12X' is not a size (digits with K, M or G)"},
        {"memory 0", "templates/t/target:1: '0' is not a size (digits with K, M or G)"},
        {"image a\nrun a", "templates/t/target:2: 'memory' and 'stack' are required"},
        {"image {{nope}}", "templates/t/target:1: unknown name 'nope'"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        description(bad[i].text, bad[i].text, bad[i].err, &t);
    struct util_buf b = {0};
    util_buf_printf(&b, "%simage a", tail);
    description("image without run", b.data, "templates/t/target:3: 'image' and 'run' go together",
                &t);
    util_buf_free(&b);
    description("a memory note and the runtime's C library",
                "memory 4M\nmemory_note  the least,  for {{name}}\nstack 64K\nlibc runtime\n", NULL,
                &t);
    if (!t.memory_note || strcmp(t.memory_note, "the least, for web") != 0 || t.host_libc)
        failed("memory_note and libc", "'the least, for web', no host C library",
               t.memory_note ? t.memory_note : "(no note)");
    codegen_target_free(&t);
    description("no libc setting", tail, NULL, &t);
    if (!t.host_libc || t.memory_note)
        failed("the defaults", "the host's C library, no note", "other values");
    codegen_target_free(&t);
    util_buf_printf(&b, "%slibc musl", tail);
    description("a bad libc", b.data, "templates/t/target:3: 'libc' is 'host' or 'runtime', not 'musl'",
                &t);
    util_buf_free(&b);
    /* Every target's own description parses with the names build, run and
     * depend have (the base context: no model behind it). */
    struct util_arena a = {0};
    struct codegen_paths paths = {"/u/bin/uniconf", "/u/lib/uniconf/T", "/u/include", "/u/share"};
    for (int k = 0; k < CONFIG_TARGET_COUNT; k++) {
        struct codegen_ctx *c = codegen_tree_base_context(&a, "web", "/p/unikernel.yml",
                                                          (enum config_target)k, &paths, "/p/tree");
        struct codegen_render_error err;
        if (codegen_target_load((enum config_target)k, c, &t, &err) != 0)
            failed("a target's description", "(parsed)", err.message);
        codegen_target_free(&t);
    }
    util_arena_free(&a);
}

/* Writes DATA to WORK/NAME. */
static void put(const char *name, const char *data, size_t len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", work, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        printf("FAIL: cannot write %s\n", path);
        exit(1);
    }
}

/* Reads WORK/NAME into OUT (malloc'd). */
static size_t get(const char *name, char **out)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", work, name);
    size_t len = 0;
    if (util_file_read(path, 1 << 20, out, &len) < 0) {
        *out = util_strdup("");
        return 0;
    }
    return len;
}

static int sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int sh(const char *fmt, ...)
{
    char cmd[8192];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    return system(cmd);
}

static void filter(const char *f, const char *s, size_t len, struct util_buf *out)
{
    const char *why;
    if (codegen_render_filter(f, s, len, out, &why) != 0) {
        printf("FAIL: filter %s refused a value: %s\n", f, why);
        failures++;
    }
}

/* Every byte 1..255, trigraph sequences and a comment's end, through the c
 * and comment filters, compiled in strict C11 (which reads trigraphs) and
 * run: the program must print the same bytes. */
static void c_strings(void)
{
    char text[300];
    size_t n = 0;
    for (int b = 1; b < 256; b++)
        text[n++] = (char)b;
    memcpy(text + n, "?\?=?\?/?\?'*/", 11); /* trigraphs, written so that none is one here */
    n += 11;
    const char *utf8 = "caf\xc3\xa9 ?\?( \\\" \n";
    struct util_buf src = {0};
    util_buf_puts(&src, "/* ");
    filter("comment", text, n, &src);
    util_buf_puts(&src, " */\n#include <stdio.h>\nstatic const char a[] = \"");
    filter("c", text, n, &src);
    util_buf_puts(&src, "\";\nstatic const char b[] = \"");
    filter("c", utf8, strlen(utf8), &src);
    util_buf_puts(&src, "\";\nint main(void)\n{\n"
                        "    fwrite(a, 1, sizeof a - 1, stdout);\n"
                        "    fwrite(b, 1, sizeof b - 1, stdout);\n"
                        "    return 0;\n}\n");
    put("c_strings.c", src.data, src.len);
    util_buf_free(&src);
    if (sh("cd '%s' && %s -std=c11 -Wall -Werror -o c_strings c_strings.c && ./c_strings "
           ">c_strings.out",
           work, cc) != 0) {
        printf("FAIL: the C file with escaped strings does not compile or run\n");
        failures++;
        return;
    }
    char *got;
    size_t len = get("c_strings.out", &got);
    if (len != n + strlen(utf8) || memcmp(got, text, n) != 0 ||
        memcmp(got + n, utf8, strlen(utf8)) != 0) {
        printf("FAIL: C string round trip: %zu bytes back, %zu expected\n", len, n + strlen(utf8));
        failures++;
    }
    free(got);
}

/* File names with make's and the shell's special characters, as
 * prerequisites (make filter) and as recipe words (shell filter): make must
 * find each file and the recipe must print its name exactly. A name ending
 * in a backslash is written in a make comment too. */
static void make_words(void)
{
    static const char *const names[] = {
        "a b", "c:d", "e#f", "g$h", "i%j", "k*l", "m[n]o", "p?q", "r'q\"s", "t~u", "(v)", "w,x",
    };
    static const char *const refused[] = {"a;b", "a=b", "a|b", "a\\b", "a\nb", "a\tb", ""};
    const size_t n = sizeof names / sizeof *names;
    sh("rm -rf '%s/make' && mkdir -p '%s/make'", work, work);
    struct util_buf mk = {0};
    util_buf_puts(&mk, "# a comment: ");
    filter("comment", "ends in \\", 9, &mk);
    util_buf_puts(&mk, "\nall:");
    for (size_t i = 0; i < n; i++)
        util_buf_printf(&mk, " out%zu", i);
    util_buf_puts(&mk, "\n");
    for (size_t i = 0; i < n; i++) {
        char file[64];
        snprintf(file, sizeof file, "make/%s", names[i]);
        put(file, "", 0);
        util_buf_printf(&mk, "out%zu: ", i);
        filter("make", file + 5, strlen(file + 5), &mk);
        util_buf_puts(&mk, "\n\t@printf '%s\\n' ");
        filter("shell", names[i], strlen(names[i]), &mk);
        util_buf_puts(&mk, " >>names\n");
    }
    put("make/Makefile", mk.data, mk.len);
    util_buf_free(&mk);
    if (sh("cd '%s/make' && make -s >make.out 2>&1", work) != 0) {
        char *out;
        get("make/make.out", &out);
        printf("FAIL: make cannot use the escaped names:\n%s", out);
        free(out);
        failures++;
        return;
    }
    struct util_buf want = {0};
    for (size_t i = 0; i < n; i++)
        util_buf_printf(&want, "%s\n", names[i]);
    char *got;
    get("make/names", &got);
    if (strcmp(got, want.data) != 0)
        failed("recipe words through the shell", want.data, got);
    free(got);
    util_buf_free(&want);
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        struct util_buf out = {0};
        const char *why;
        if (codegen_render_filter("make", refused[i], strlen(refused[i]), &out, &why) == 0)
            failed("make refuses", "an error", refused[i]);
        util_buf_free(&out);
    }
    struct util_buf out = {0};
    const char *why;
    if (codegen_render_filter("shell", "a\nb", 3, &out, &why) == 0)
        failed("shell refuses a line break", "an error", out.data);
    util_buf_free(&out);
}

/* Values through the xl filter, read back by libxlutil. */
static void xl_strings(void)
{
#ifdef HAVE_XLUTIL
    static const char *const values[] = {
        "plain",
        "with \"quotes\" and \\backslashes\\",
        "line\nbreak\ttab\rreturn",
        "caf\xc3\xa9 #,=[]' x",
        "",
    };
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        struct util_buf cfg = {0};
        util_buf_puts(&cfg, "name = \"");
        filter("xl", values[i], strlen(values[i]), &cfg);
        util_buf_puts(&cfg, "\"\n");
        XLU_Config *x = xlu_cfg_init(stdout, "test.xl");
        const char *got = NULL;
        if (!x || xlu_cfg_readdata(x, cfg.data, (int)cfg.len) != 0 ||
            xlu_cfg_get_string(x, "name", &got, 0) != 0 || strcmp(got, values[i]) != 0)
            failed("xl round trip", values[i], got ? got : "(no value)");
        if (x)
            xlu_cfg_destroy(x);
        util_buf_free(&cfg);
    }
#else
    printf("note: libxlutil is not available; the xl filter is checked by its refusals only\n");
#endif
    struct util_buf out = {0};
    const char *why;
    if (codegen_render_filter("xl", "a\001b", 3, &out, &why) == 0)
        failed("xl refuses a control character", "an error", out.data);
    util_buf_free(&out);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: codegen-render-test CC WORKDIR\n");
        return 2;
    }
    cc = argv[1];
    work = argv[2];
    sh("mkdir -p '%s'", work);
    syntax();
    descriptions();
    c_strings();
    make_words();
    xl_strings();
    if (failures) {
        printf("%d failures\n", failures);
        return 1;
    }
    printf("PASS\n");
    return 0;
}
