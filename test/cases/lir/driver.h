/* Included by every C driver of the LIR run tests (test/x86/codegen.test.ts): all cases
 * of one .test file share one translation unit, each case's `run` renamed case_N. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A stand-in for PyObject: only ob_refcnt (offset 0) matters to incref/decref. */
typedef struct FakeObject {
    int64_t ob_refcnt;
    const char *name;
} FakeObject;

/* Cinder's immortal marker is bit 60; runtime-support uses 3 << 59 (cinderc.h). */
#define IMMORTAL ((int64_t)3 << 59)

int dealloc_count;

void clobber(void);

/* The decref slow path reaches _Py_Dealloc through runtime-support/stubs.c's stub, which
 * must preserve every register: record the call, then clobber them all. */
void _Py_Dealloc(FakeObject *o) {
    dealloc_count++;
    printf("dealloc %s\n", o->name);
    clobber();
}

/* Called from LIR: fails loudly unless rsp was 16-byte aligned at the call (gcc places
 * the aligned local relative to an rsp it assumes aligned), then overwrites every
 * caller-saved register so values the caller kept there are lost. */
void clobber(void) {
    _Alignas(16) volatile char probe[16];
    if ((uintptr_t)probe & 15) {
        printf("misaligned stack\n");
        exit(3);
    }
    __asm__ volatile(
        "mov $0x5a5a5a5a, %%eax\n\tmov %%rax, %%rcx\n\tmov %%rax, %%rdx\n\tmov %%rax, %%rsi\n\t"
        "mov %%rax, %%rdi\n\tmov %%rax, %%r8\n\tmov %%rax, %%r9\n\tmov %%rax, %%r10\n\tmov %%rax, %%r11\n\t"
        "movq %%rax, %%xmm0\n\tmovq %%rax, %%xmm1\n\tmovq %%rax, %%xmm2\n\tmovq %%rax, %%xmm3\n\t"
        "movq %%rax, %%xmm4\n\tmovq %%rax, %%xmm5\n\tmovq %%rax, %%xmm6\n\tmovq %%rax, %%xmm7\n\t"
        "movq %%rax, %%xmm8\n\tmovq %%rax, %%xmm9\n\tmovq %%rax, %%xmm10\n\tmovq %%rax, %%xmm11\n\t"
        "movq %%rax, %%xmm12\n\tmovq %%rax, %%xmm13\n\tmovq %%rax, %%xmm14\n\tmovq %%rax, %%xmm15"
        ::: "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11",
            "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
            "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
}
