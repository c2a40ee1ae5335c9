/* spawn.c: runs a command N times and prints its median and 90th-percentile
 * wall time (fork to exit) and its peak RSS, for bench.py.
 *
 *   bench_spawn N DIR COMMAND [ARGS...]  ->  "MEDIAN_US P90_US CPU_US MAXRSS_KIB"
 *
 * CPU_US is the median user+system time of the command: unlike the wall
 * time, it hardly moves when other processes load the machine.
 *
 * A C launcher, not Python's subprocess: a child's peak RSS (ru_maxrss)
 * includes the memory of the process it was forked from, so forking from a
 * large interpreter would hide the command's own figure. Output of the
 * command goes to /dev/null; a non-zero exit fails the benchmark. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int cmp_u64(const void *a, const void *b)
{
    unsigned long long x = *(const unsigned long long *)a, y = *(const unsigned long long *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fputs("usage: bench_spawn N DIR COMMAND [ARGS...]\n", stderr);
        return 2;
    }
    int n = atoi(argv[1]);
    if (n < 1 || n > 100000 || chdir(argv[2]) < 0) {
        fputs("bench_spawn: bad N or DIR\n", stderr);
        return 2;
    }
    unsigned long long *us = malloc((size_t)n * sizeof *us);
    unsigned long long *cpu = malloc((size_t)n * sizeof *cpu);
    long maxrss = 0;
    if (!us || !cpu)
        return 1;
    for (int i = 0; i < n; i++) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        pid_t pid = fork();
        if (pid < 0) {
            perror("bench_spawn: fork");
            return 1;
        }
        if (pid == 0) {
            int null = open("/dev/null", O_WRONLY);
            dup2(null, 1);
            dup2(null, 2);
            execv(argv[3], argv + 3);
            _exit(127);
        }
        int status;
        struct rusage ru;
        if (wait4(pid, &status, 0, &ru) < 0) {
            perror("bench_spawn: wait4");
            return 1;
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "bench_spawn: %s failed (status %d)\n", argv[3], status);
            return 1;
        }
        us[i] = (unsigned long long)((t1.tv_sec - t0.tv_sec) * 1000000LL +
                                     (t1.tv_nsec - t0.tv_nsec) / 1000);
        cpu[i] = (unsigned long long)((ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000LL +
                                      ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
        if (ru.ru_maxrss > maxrss)
            maxrss = ru.ru_maxrss;
    }
    qsort(us, (size_t)n, sizeof *us, cmp_u64);
    qsort(cpu, (size_t)n, sizeof *cpu, cmp_u64);
    printf("%llu %llu %llu %ld\n", us[n / 2], us[(size_t)n * 9 / 10], cpu[n / 2], maxrss);
    free(us);
    free(cpu);
    return 0;
}
