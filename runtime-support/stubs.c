/* Register-preserving stubs for compiled code's rare paths, so the register allocator can
 * keep values (doubles included: SysV has no callee-saved xmm registers) in registers
 * across them. Neither is callable from C (their inputs are in r11), so they have no C
 * declarations here; the LIR codegen tests link this file alone.
 *
 * CSR_Decref_Dealloc, the out-of-line half of the inline Py_DECREF: when a count reaches zero,
 * compiled code calls CSR_Decref_Dealloc with the object in r11 instead of calling
 * _Py_Dealloc directly. This stub saves every caller-saved register (general and xmm)
 * around _Py_Dealloc, so a decref clobbers nothing: the register allocator may keep values,
 * doubles included, in registers across it, and only the rare deallocation pays.
 *
 *
 * CSR_Call_KeepingRegisters, for `call keep` in LIR (slow paths that rejoin fast code: an
 * index off the inline list path, a type check of a subclass, a vtable rebuild): calls the
 * function in r11 with the argument registers as they are and preserves every register
 * but rax, its result. At most 6 register arguments (no stack arguments).
 *
 * CPython 3.11 internals relied on: none. */

/* Save / restore xmm0-15 in 256 bytes at rsp (16-byte aligned). */
#define SAVE_XMM \
    "  movdqa %xmm0, 0(%rsp)\n  movdqa %xmm1, 16(%rsp)\n  movdqa %xmm2, 32(%rsp)\n  movdqa %xmm3, 48(%rsp)\n" \
    "  movdqa %xmm4, 64(%rsp)\n  movdqa %xmm5, 80(%rsp)\n  movdqa %xmm6, 96(%rsp)\n  movdqa %xmm7, 112(%rsp)\n" \
    "  movdqa %xmm8, 128(%rsp)\n  movdqa %xmm9, 144(%rsp)\n  movdqa %xmm10, 160(%rsp)\n  movdqa %xmm11, 176(%rsp)\n" \
    "  movdqa %xmm12, 192(%rsp)\n  movdqa %xmm13, 208(%rsp)\n  movdqa %xmm14, 224(%rsp)\n  movdqa %xmm15, 240(%rsp)\n"
#define RESTORE_XMM \
    "  movdqa 0(%rsp), %xmm0\n  movdqa 16(%rsp), %xmm1\n  movdqa 32(%rsp), %xmm2\n  movdqa 48(%rsp), %xmm3\n" \
    "  movdqa 64(%rsp), %xmm4\n  movdqa 80(%rsp), %xmm5\n  movdqa 96(%rsp), %xmm6\n  movdqa 112(%rsp), %xmm7\n" \
    "  movdqa 128(%rsp), %xmm8\n  movdqa 144(%rsp), %xmm9\n  movdqa 160(%rsp), %xmm10\n  movdqa 176(%rsp), %xmm11\n" \
    "  movdqa 192(%rsp), %xmm12\n  movdqa 208(%rsp), %xmm13\n  movdqa 224(%rsp), %xmm14\n  movdqa 240(%rsp), %xmm15\n"

__asm__(
    "  .text\n"
    "  .globl CSR_Decref_Dealloc\n"
    "  .type CSR_Decref_Dealloc, @function\n"
    "CSR_Decref_Dealloc:\n"
    "  pushq %rbp\n"
    "  movq %rsp, %rbp\n"
    "  pushq %rax\n  pushq %rcx\n  pushq %rdx\n  pushq %rsi\n  pushq %rdi\n"
    "  pushq %r8\n  pushq %r9\n  pushq %r10\n  pushq %r11\n"
    "  subq $256, %rsp\n"
    "  andq $-16, %rsp\n"
    SAVE_XMM
    "  movq %r11, %rdi\n"
    "  call _Py_Dealloc@PLT\n"
    RESTORE_XMM
    "  leaq -72(%rbp), %rsp\n"
    "  popq %r11\n  popq %r10\n  popq %r9\n  popq %r8\n"
    "  popq %rdi\n  popq %rsi\n  popq %rdx\n  popq %rcx\n  popq %rax\n"
    "  popq %rbp\n"
    "  ret\n"
    "  .size CSR_Decref_Dealloc, .-CSR_Decref_Dealloc\n"

    "  .globl CSR_Call_KeepingRegisters\n"
    "  .type CSR_Call_KeepingRegisters, @function\n"
    "CSR_Call_KeepingRegisters:\n"
    "  pushq %rbp\n"
    "  movq %rsp, %rbp\n"
    "  pushq %rcx\n  pushq %rdx\n  pushq %rsi\n  pushq %rdi\n"
    "  pushq %r8\n  pushq %r9\n  pushq %r10\n  pushq %r11\n"
    "  subq $256, %rsp\n"
    "  andq $-16, %rsp\n"
    SAVE_XMM
    "  call *%r11\n"
    RESTORE_XMM
    "  leaq -64(%rbp), %rsp\n"
    "  popq %r11\n  popq %r10\n  popq %r9\n  popq %r8\n"
    "  popq %rdi\n  popq %rsi\n  popq %rdx\n  popq %rcx\n"
    "  popq %rbp\n"
    "  ret\n"
    "  .size CSR_Call_KeepingRegisters, .-CSR_Call_KeepingRegisters\n");
