/* Loads the fixture object, linked as a shared library, with dlopen; argv[1] is its path. */
#include <dlfcn.h>
#include <stdlib.h>
#include "fixture-report.h"

static void *need(void *lib, const char *name) {
  void *p = dlsym(lib, name);
  if (!p) {
    fprintf(stderr, "dlsym %s: %s\n", name, dlerror());
    exit(1);
  }
  return p;
}

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  void *lib = dlopen(argv[1], RTLD_NOW);
  if (!lib) {
    fprintf(stderr, "dlopen: %s\n", dlerror());
    return 1;
  }
  struct fixture f = {
    (int (*)(void))need(lib, "answer"),
    (int (*)(int))need(lib, "call_twice"),
    (void (*)(void))need(lib, "greet"),
    (int (*)(void))need(lib, "bump"),
    need(lib, "table"),
    need(lib, "magic"),
    need(lib, "bss_block"),
  };
  report(&f);
  return 0;
}
