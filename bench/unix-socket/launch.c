/* launch.c: runs a command N times and prints medians of its wall time to
 * the first line it writes and to its exit, of its CPU time, and its peak
 * RSS, for bench.py:
 *
 *   bench_launch [--fresh DIR] N COMMAND [ARGS...]
 *     ->  "FIRST_LINE_US EXIT_US CPU_US MAXRSS_KIB"
 *
 * The clock starts just before fork, so the figures include fork and exec.
 * --fresh DIR removes DIR (a build tree) before each run, outside the
 * timed part. A C launcher, not Python's subprocess: forking from a large
 * interpreter would add its own cost and memory to the command's figures.
 * The command's stdout is read through a pipe (and dropped), its stderr goes
 * to /dev/null; a non-zero exit fails the benchmark. */
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int cmp_u64(const void *a, const void *b)
{
    unsigned long long x = *(const unsigned long long *)a, y = *(const unsigned long long *)b;
    return x < y ? -1 : x > y;
}

static unsigned long long median(unsigned long long *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_u64);
    return v[n / 2];
}

static unsigned long long since_us(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (unsigned long long)(t1.tv_sec - t0->tv_sec) * 1000000ull +
           (unsigned long long)(t1.tv_nsec - t0->tv_nsec) / 1000;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

int main(int argc, char **argv)
{
    const char *fresh = NULL;
    if (argc > 2 && !strcmp(argv[1], "--fresh")) {
        fresh = argv[2];
        argv += 2;
        argc -= 2;
    }
    if (argc < 3) {
        fputs("usage: bench_launch [--fresh DIR] N COMMAND [ARGS...]\n", stderr);
        return 2;
    }
    int n = atoi(argv[1]);
    if (n < 1 || n > 100000)
        return 2;
    unsigned long long *first = malloc((size_t)n * sizeof *first);
    unsigned long long *done = malloc((size_t)n * sizeof *done);
    unsigned long long *cpu = malloc((size_t)n * sizeof *cpu);
    long maxrss = 0;
    if (!first || !done || !cpu)
        return 1;
    for (int i = 0; i < n; i++) {
        if (fresh)
            nftw(fresh, remove_one, 16, FTW_DEPTH | FTW_PHYS);
        int out[2];
        if (pipe(out) < 0)
            return 1;
        struct timespec t0;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        pid_t pid = fork();
        if (pid < 0) {
            perror("bench_launch: fork");
            return 1;
        }
        if (pid == 0) {
            int null = open("/dev/null", O_WRONLY);
            dup2(out[1], 1);
            dup2(null, 2);
            close(out[0]);
            execv(argv[2], argv + 2);
            _exit(127);
        }
        close(out[1]);
        first[i] = 0;
        char buf[4096];
        ssize_t r;
        while ((r = read(out[0], buf, sizeof buf)) > 0)
            if (!first[i] && memchr(buf, '\n', (size_t)r))
                first[i] = since_us(&t0);
        close(out[0]);
        int status;
        struct rusage ru;
        if (wait4(pid, &status, 0, &ru) < 0) {
            perror("bench_launch: wait4");
            return 1;
        }
        done[i] = since_us(&t0);
        if (!first[i])
            first[i] = done[i];
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "bench_launch: %s failed (status %d)\n", argv[2], status);
            return 1;
        }
        cpu[i] = (unsigned long long)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000ull +
                 (unsigned long long)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
        if (ru.ru_maxrss > maxrss)
            maxrss = ru.ru_maxrss;
    }
    printf("%llu %llu %llu %ld\n", median(first, n), median(done, n), median(cpu, n), maxrss);
    return 0;
}
