#include <stdio.h>
#include <string.h>

/* A macro continued with backslashes; the blank line after the last
   backslash is kept by cloc and counted as code. */
#define SWAP(a, b) do { \
    int t = (a);        \
    (a) = (b);          \
    (b) = t; } while (0) \

// C99 line comment
static const char *marker = "/* not closed here";
int count = 0; /* the string above opened a comment that ends here */

int main(void)
{
    char buf[16]; /* inline */ memset(buf, 0, sizeof buf);
    printf("%s\n", marker); // trailing
    return 0;
}
