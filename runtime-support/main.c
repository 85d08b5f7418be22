/* main() of executables built with `cinderc --exe`. Alone in its file so that a shared-library
 * build, which never references `main`, does not pull it (or cinderc_program) from the archive.
 *
 * It behaves like the `python` command running a script, except that the program's own
 * arguments are never parsed as Python options: sys.argv is argv exactly as given.
 *  1. register the program's modules and the builtin __static__ (before initialisation);
 *  2. initialise from the "python" configuration (environment variables such as PYTHONPATH
 *     are honoured) with parse_argv = 0;
 *  3. make the interpreter's singletons immortal, so compiled code may skip their counts;
 *  4. run the main module in __main__;
 *  5. an uncaught exception is reported as python reports it: SystemExit exits with its
 *     status (PyErr_Print handles it and does not return), KeyboardInterrupt prints the
 *     traceback and ends the process by SIGINT, anything else prints the traceback and
 *     exits 1;
 *  6. Py_FinalizeEx; if that fails (e.g. flushing stdout failed) exit 120, as python does.
 *
 * CPython 3.11 internals relied on: none (PyConfig and PyStatus are public since 3.8). */
#include <signal.h>
#include <unistd.h>
#include "cinderc.h"

static void immortalize_singletons(void)
{
    CSR_Object_Immortalize(Py_None);
    CSR_Object_Immortalize(Py_True);
    CSR_Object_Immortalize(Py_False);
    CSR_Object_Immortalize(Py_Ellipsis);
    CSR_Object_Immortalize(Py_NotImplemented);
}

static void initialize(int argc, char **argv)
{
    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    config.parse_argv = 0;
    PyStatus status = PyConfig_SetBytesArgv(&config, argc, argv);
    if (!PyStatus_Exception(status))
        status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status))
        Py_ExitStatusException(status); /* prints "Fatal Python error: ..." and exits */
}

/* Ends the process as an uncaught SIGINT would, so the parent sees "killed by SIGINT". */
static int exit_by_sigint(void)
{
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
    return 128 + SIGINT; /* not reached unless SIGINT is blocked */
}

int main(int argc, char **argv)
{
    CSR_Stack_Init();
    const CSR_Program *program = &cinderc_program;
    for (int64_t i = 0; i < program->nmodules; i++)
        PyImport_AppendInittab(program->modules[i].name, program->modules[i].init);
    PyImport_AppendInittab("__static__", CSR_StaticModule_Init);

    initialize(argc, argv);
    immortalize_singletons();

    int exitcode = 0;
    int interrupted = 0;
    if (CSR_Module_RunMain(program->main) < 0) {
        interrupted = PyErr_ExceptionMatches(PyExc_KeyboardInterrupt);
        PyErr_Print(); /* exits the process on SystemExit */
        exitcode = 1;
    }
    if (Py_FinalizeEx() < 0)
        exitcode = 120;
    if (interrupted)
        return exit_by_sigint();
    return exitcode;
}
