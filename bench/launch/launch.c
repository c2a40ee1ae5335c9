/* launch.c: the benchmarks' C launcher. Runs a command N times and prints
 * the median wall time to the first line it writes and to its exit, the
 * 90th percentile of the latter, the median CPU time and the peak RSS:
 *
 *   bench_launch [--cd DIR] [--fresh DIR] [--first-line] N COMMAND [ARGS...]
 *     ->  "FIRST_LINE_US EXIT_US EXIT_P90_US CPU_US MAXRSS_KIB"
 *
 * The clock starts just before fork, so the figures include fork and exec.
 * --cd DIR runs the command in DIR. --fresh DIR removes DIR (a build tree)
 * before each run, outside the timed part. --first-line reads the
 * command's stdout through a pipe to time its first line; otherwise stdout
 * goes to /dev/null and FIRST_LINE_US is EXIT_US. stderr goes to /dev/null;
 * a non-zero exit fails the benchmark. CPU_US (user+system) hardly moves when
 * other processes load the machine, unlike the wall times.
 *
 * A C launcher, not Python's subprocess: a child's peak RSS (ru_maxrss)
 * includes the memory of the process it was forked from, and forking from a
 * large interpreter would add its own cost to the command's figures. */
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef unsigned long long u64;

static int cmp_u64(const void *a, const void *b)
{
    u64 x = *(const u64 *)a, y = *(const u64 *)b;
    return x < y ? -1 : x > y;
}

/* The value at fraction NUM/DEN of the sorted V[0..N). */
static u64 quantile(u64 *v, int n, int num, int den)
{
    qsort(v, (size_t)n, sizeof *v, cmp_u64);
    return v[(size_t)n * (size_t)num / (size_t)den];
}

static u64 since_us(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (u64)(t1.tv_sec - t0->tv_sec) * 1000000ull + (u64)(t1.tv_nsec - t0->tv_nsec) / 1000;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static int usage(void)
{
    fputs("usage: bench_launch [--cd DIR] [--fresh DIR] [--first-line] N COMMAND [ARGS...]\n",
          stderr);
    return 2;
}

/* Runs ARGV once; *FIRST and *DONE are wall times from fork, in us. */
static int run_once(char **argv, int first_line, u64 *first, u64 *done, struct rusage *ru)
{
    int out[2] = {-1, -1};
    if (first_line && pipe(out) < 0)
        return -1;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("bench_launch: fork");
        return -1;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(first_line ? out[1] : null, 1);
        dup2(null, 2);
        if (first_line)
            close(out[0]);
        execv(argv[0], argv);
        _exit(127);
    }
    *first = 0;
    if (first_line) {
        close(out[1]);
        char buf[4096];
        ssize_t r;
        while ((r = read(out[0], buf, sizeof buf)) > 0)
            if (!*first && memchr(buf, '\n', (size_t)r))
                *first = since_us(&t0);
        close(out[0]);
    }
    int status;
    if (wait4(pid, &status, 0, ru) < 0) {
        perror("bench_launch: wait4");
        return -1;
    }
    *done = since_us(&t0);
    if (!*first)
        *first = *done;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "bench_launch: %s failed (status %d)\n", argv[0], status);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *fresh = NULL;
    int first_line = 0;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--first-line"))
            first_line = 1;
        else if (!strcmp(argv[i], "--fresh") && i + 1 < argc)
            fresh = argv[++i];
        else if (!strcmp(argv[i], "--cd") && i + 1 < argc) {
            if (chdir(argv[++i]) < 0) {
                perror("bench_launch: --cd");
                return 2;
            }
        } else
            return usage();
    }
    if (argc - i < 2)
        return usage();
    int n = atoi(argv[i]);
    if (n < 1 || n > 100000)
        return usage();
    char **command = argv + i + 1;
    u64 *first = malloc((size_t)n * sizeof *first);
    u64 *done = malloc((size_t)n * sizeof *done);
    u64 *cpu = malloc((size_t)n * sizeof *cpu);
    long maxrss = 0;
    if (!first || !done || !cpu)
        return 1;
    for (int k = 0; k < n; k++) {
        if (fresh)
            nftw(fresh, remove_one, 16, FTW_DEPTH | FTW_PHYS);
        struct rusage ru;
        if (run_once(command, first_line, &first[k], &done[k], &ru) < 0)
            return 1;
        cpu[k] = (u64)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000ull +
                 (u64)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
        if (ru.ru_maxrss > maxrss)
            maxrss = ru.ru_maxrss;
    }
    u64 median_first = quantile(first, n, 1, 2), median_done = quantile(done, n, 1, 2);
    u64 p90_done = quantile(done, n, 9, 10), median_cpu = quantile(cpu, n, 1, 2);
    printf("%llu %llu %llu %llu %ld\n", median_first, median_done, p90_done, median_cpu, maxrss);
    free(first);
    free(done);
    free(cpu);
    return 0;
}
