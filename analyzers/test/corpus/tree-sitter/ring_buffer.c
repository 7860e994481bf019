/* A realistic corpus for the C complexity rules. */
#include <stdlib.h>
#include <string.h>
#include "ring_buffer.h"

#define RB_MIN(a, b) ((a) < (b) ? (a) : (b))
#define RB_CDECL __cdecl
#define LIST_FOR_EACH(item, list) for ((item) = (list)->head; (item); (item) = (item)->next)

struct ring_buffer {
    unsigned char *data;
    size_t capacity;
    size_t head, tail;
    int (*on_full)(struct ring_buffer *, void *);
};

static int default_on_full(struct ring_buffer *rb, void *ctx)
{
    (void)ctx;
    return rb->capacity > 0 ? -1 : 0;
}

struct ring_buffer *rb_create(size_t capacity)
{
    struct ring_buffer *rb = malloc(sizeof *rb);
    if (!rb)
        return NULL;
    rb->data = malloc(capacity);
    if (!rb->data) {
        free(rb);
        return NULL;
    }
    rb->capacity = capacity;
    rb->head = rb->tail = 0;
    rb->on_full = default_on_full;
    return rb;
}

size_t rb_write(struct ring_buffer *rb, const void *src, size_t len, void *ctx)
{
    size_t written = 0;
    const unsigned char *bytes = src;
    while (written < len) {
        size_t next = (rb->head + 1) % rb->capacity;
        if (next == rb->tail && rb->on_full && rb->on_full(rb, ctx) != 0)
            break;
        rb->data[rb->head] = bytes[written++];
        rb->head = next;
    }
    return written;
}

int rb_parse_command(const char *line)
{
    int code = -1;
    switch (line[0]) {
    case 'r':
    case 'R':
        code = 1;
        break;
    case 'w':
        code = line[1] == '!' ? 3 : 2;
        break;
    case '\0':
        goto fail;
    default:
        break;
    }
#ifdef RB_STRICT
    if (code < 0 || strlen(line) > 80)
        goto fail;
#endif
#ifndef RB_QUIET
    do {
        code++;
    } while (0);
#endif
    return code;
fail:
    return -1;
}

int legacy_sum(values, count)
    int *values;
    int count;
{
    int total = 0, i;
    for (i = 0; i < count; i++)
        total += values[i] > 0 ? values[i] : 0;
    return total;
}

size_t rb_count_nodes(const struct node *list)
{
    const struct node *item;
    size_t count = 0;
    LIST_FOR_EACH(item, list) {
        if (item->valid)
            count++;
    }
    return count;
}

int rb_log(const char *fmt, ...)
{
    return fmt != NULL;
}

void rb_destroy(void)
{
}

int RB_CDECL rb_selftest(void)
{
    return rb_log("ok") ? 0 : 1;
}
