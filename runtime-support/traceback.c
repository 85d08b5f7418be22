/* Traceback entries for compiled functions. Native code has no frame, but a traceback entry
 * needs one, so when an exception leaves a compiled function at a given line we make a
 * frame object for it and prepend an entry to the pending exception's traceback:
 *
 *   File "prog.py", line 5, in f
 *     return x // y                      <- read by linecache from "prog.py"
 *
 * A new frame of an empty code object (PyCode_NewEmpty) reports the code's first line as
 * its current line, so there is one code object per (function, file, line) site; they are
 * cached, keyed by the line and the addresses of the two strings, which the compiler emits
 * once each in .rodata. Only sites that an exception actually passes get one. Frames are
 * made per entry (they are cheap and hold no state we could share).
 *
 * CPython 3.11 internals relied on: none. Frames made by PyFrame_New have no instruction
 * pointer, and PyFrame_GetLineNumber then answers co_firstlineno (3.11's
 * _PyInterpreterFrame_GetLine for an address before the first instruction). */
#include <stdint.h>
#include "cinderc.h"
#include <frameobject.h> /* PyFrame_New */

typedef struct {
    const char *func;
    const char *filename;
    int line;
    PyCodeObject *code;
} CodeCacheEntry;

/* Open addressing, linear probing, grown at half full. Entries are never removed. */
static CodeCacheEntry *cache;
static size_t cache_capacity; /* a power of two, or 0 */
static size_t cache_used;

static size_t cache_hash(const char *func, const char *filename, int line)
{
    uintptr_t h = ((uintptr_t)func ^ (uintptr_t)line << 20) * 0x9E3779B97F4A7C15u;
    h ^= (uintptr_t)filename;
    return (size_t)(h ^ (h >> 29));
}

static CodeCacheEntry *cache_slot(CodeCacheEntry *table, size_t capacity, const char *func,
                                  const char *filename, int line)
{
    size_t i = cache_hash(func, filename, line) & (capacity - 1);
    while (table[i].code != NULL &&
           (table[i].func != func || table[i].filename != filename || table[i].line != line))
        i = (i + 1) & (capacity - 1);
    return &table[i];
}

static int cache_grow(void)
{
    size_t capacity = cache_capacity ? cache_capacity * 2 : 64;
    CodeCacheEntry *table = PyMem_Calloc(capacity, sizeof *table);
    if (table == NULL)
        return -1;
    for (size_t i = 0; i < cache_capacity; i++) {
        if (cache[i].code != NULL)
            *cache_slot(table, capacity, cache[i].func, cache[i].filename, cache[i].line) =
                cache[i];
    }
    PyMem_Free(cache);
    cache = table;
    cache_capacity = capacity;
    return 0;
}

/* Borrowed (the cache owns it); NULL with an exception set. */
static PyCodeObject *code_for(const char *func, const char *filename, int line)
{
    if (2 * (cache_used + 1) > cache_capacity && cache_grow() < 0) {
        PyErr_NoMemory();
        return NULL;
    }
    CodeCacheEntry *e = cache_slot(cache, cache_capacity, func, filename, line);
    if (e->code == NULL) {
        PyCodeObject *code = PyCode_NewEmpty(filename, func, line);
        if (code == NULL)
            return NULL;
        e->func = func;
        e->filename = filename;
        e->line = line;
        e->code = code;
        cache_used++;
    }
    return e->code;
}

static PyObject *empty_globals; /* frames need a globals dict; ours is shared and empty */

void CSR_Traceback_Add(const char *func, const char *filename, int64_t line, PyObject *globals)
{
    int lineno = line > INT32_MAX ? INT32_MAX : (int)line;
    PyObject *type, *value, *tb;
    /* Making the code object and frame must not see (or clobber) the pending exception. */
    PyErr_Fetch(&type, &value, &tb);
    PyFrameObject *frame = NULL;
    PyCodeObject *code = code_for(func, filename, lineno);
    if (globals == NULL) {
        if (empty_globals == NULL)
            empty_globals = PyDict_New();
        globals = empty_globals;
    }
    if (code != NULL && globals != NULL)
        frame = PyFrame_New(PyThreadState_Get(), code, globals, NULL);
    /* If that failed, lose the entry rather than the exception being propagated. */
    PyErr_Clear();
    PyErr_Restore(type, value, tb);
    if (frame == NULL)
        return;
    PyTraceBack_Here(frame);
    Py_DECREF(frame);
}
