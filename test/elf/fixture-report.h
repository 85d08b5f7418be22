/* Prints what the hand-assembled fixture object (fixture.ts) computes, one line per check;
 * fixture.out holds the expected text. Shared by the two drivers, which differ only in how
 * they find the fixture's symbols: by static linking or through dlopen/dlsym. */
#include <stdio.h>
#include <string.h>

/* .data table: five pointers filled by R_X86_64_64 relocations. */
struct table {
  int (*answer)(void);
  int (*call_twice)(int);
  int (*twice)(int); /* a local (static) function: only reachable through this table */
  const char *word;  /* msg + 11, a relocation addend */
  int (*puts)(const char *);
};

struct fixture {
  int (*answer)(void);
  int (*call_twice)(int);
  void (*greet)(void);
  int (*bump)(void);
  struct table *table;
  long long *magic;
  unsigned char *bss_block;
};

static void report(const struct fixture *f) {
  printf("answer %d\n", f->answer());
  printf("call_twice %d\n", f->call_twice(20));
  f->greet();
  printf("bump %d\n", f->bump());
  printf("bump %d\n", f->bump());
  printf("table.answer %d\n", f->table->answer());
  printf("table.call_twice %d\n", f->table->call_twice(5));
  printf("table.twice %d\n", f->table->twice(7));
  printf("table.word %s\n", f->table->word);
  printf("table.puts is puts: %s\n", f->table->puts == puts ? "yes" : "no");
  printf("magic %llx\n", *f->magic);
  static const unsigned char zeros[16];
  printf("bss_block zero: %s\n", memcmp(f->bss_block, zeros, sizeof zeros) == 0 ? "yes" : "no");
}
