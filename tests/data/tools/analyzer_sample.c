/* A small C file with deliberate defects, only so that the Clang Static Analyzer writes a
   real SARIF log for Slipway's tests. */
#include <stdlib.h>
#include <string.h>

int deref(int *p)
{
    if (!p)
        return *p;
    return 0;
}

void leak(void)
{
    char *x = malloc(4);
    x[0] = 1;
}

int garbage(int a)
{
    int b;
    if (a)
        b = 1;
    return b;
}

void divide(int n)
{
    int zero = 0;
    if (n > 3)
        n = n / zero;
}

void copy(const char *s)
{
    char buf[4];
    strcpy(buf, s);
    char *p = malloc(8);
    free(p);
    free(p);
}
