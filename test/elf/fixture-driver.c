/* Calls the fixture object linked into the same executable. */
#include "fixture-report.h"

int answer(void);
int call_twice(int);
void greet(void);
int bump(void);
extern struct table table;
extern long long magic;
extern unsigned char bss_block[16];

int main(void) {
  struct fixture f = { answer, call_twice, greet, bump, &table, &magic, bss_block };
  report(&f);
  return 0;
}
