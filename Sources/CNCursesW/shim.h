// The only C in Waymark: what Swift cannot import from curses.h directly.
// Function-like macros and the C globals (stdscr, LINES, COLS) are wrapped in
// static inline functions; signal handling lives here because a signal handler
// may only touch a volatile sig_atomic_t.
#ifndef WAYMARK_CNCURSESW_SHIM_H
#define WAYMARK_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <curses.h>

static inline WINDOW *wm_stdscr(void) { return stdscr; }
// newterm, unlike initscr, returns NULL for an unknown TERM instead of exiting.
static inline SCREEN *wm_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int wm_lines(void) { return LINES; }
static inline int wm_cols(void) { return COLS; }

static inline attr_t wm_attr_bold(void) { return A_BOLD; }
static inline attr_t wm_attr_dim(void) { return A_DIM; }
static inline attr_t wm_attr_reverse(void) { return A_REVERSE; }
static inline attr_t wm_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t wm_attr_italic(void) { return A_ITALIC; }
static inline attr_t wm_color_pair(short pair) { return COLOR_PAIR(pair); }

// Columns the C library, and so ncurses, gives a character.
static inline int wm_wcwidth(wchar_t character) { return wcwidth(character); }
static inline int wm_move_add_cells(int y, int x, const cchar_t *cells, int count) {
    return mvadd_wchnstr(y, x, cells, count);
}
static inline int wm_erase(void) { return erase(); }
static inline int wm_refresh(void) { return refresh(); }

// Set by the handler, polled by the input loop: the only state a handler may touch.
static volatile sig_atomic_t wm_pending_signal = 0;

static void wm_signal_handler(int signal_number) { wm_pending_signal = signal_number; }

// Every signal whose default is to end the process, so that none of them can
// leave the terminal in the alternate screen with the cursor hidden: the input
// loop sees the flag, saves, restores the terminal and exits 128+N.
static const int wm_ending_signals[] = {
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGPWR,
};

static inline void wm_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = wm_signal_handler;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof wm_ending_signals / sizeof wm_ending_signals[0]; i++) {
        sigaction(wm_ending_signals[i], &action, NULL);
    }
    // A file-size limit (ulimit -f) makes a growing write fail with EFBIG, which the
    // save reports, instead of killing the view mid-save; a closed terminal is
    // noticed by the input loop rather than by SIGPIPE.
    signal(SIGXFSZ, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);
    // ncurses only handles resizes when SIGWINCH is at its default; a parent
    // that ignored it would otherwise leave Waymark deaf to window changes.
    signal(SIGWINCH, SIG_DFL);
    // Nor may they be blocked: a mask inherited from the parent would keep
    // resizes and Ctrl-C from ever arriving.
    sigset_t wanted;
    sigemptyset(&wanted);
    for (size_t i = 0; i < sizeof wm_ending_signals / sizeof wm_ending_signals[0]; i++) {
        sigaddset(&wanted, wm_ending_signals[i]);
    }
    sigaddset(&wanted, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
}

// Whether a signal is waiting, without taking it: a long wait (for the progress
// lock) stops early and leaves the signal for the input loop.
static inline int wm_signal_pending(void) { return wm_pending_signal != 0; }

// Bracketed paste: the terminal wraps pasted text in these, and ncurses reports
// each as one key code, so a paste arrives as text rather than as keystrokes.
#define WM_KEY_PASTE_START (KEY_MAX + 1)
#define WM_KEY_PASTE_END (KEY_MAX + 2)
static inline int wm_key_paste_start(void) { return WM_KEY_PASTE_START; }
static inline int wm_key_paste_end(void) { return WM_KEY_PASTE_END; }
static inline void wm_enable_bracketed_paste(void) {
    define_key("\033[200~", WM_KEY_PASTE_START);
    define_key("\033[201~", WM_KEY_PASTE_END);
    fputs("\033[?2004h", stdout);
    fflush(stdout);
}
static inline void wm_disable_bracketed_paste(void) {
    fputs("\033[?2004l", stdout);
    fflush(stdout);
}

static inline int wm_take_pending_signal(void) {
    int signal_number = wm_pending_signal;
    wm_pending_signal = 0;
    return signal_number;
}

// True when the terminal has gone away (its pty closed) without a SIGHUP
// reaching us, e.g. when a wrapper shell trapped it. Reads would then fail at
// once, forever, and the input loop would spin.
static inline int wm_input_hung_up(void) {
    struct pollfd input = { .fd = 0, .events = POLLIN, .revents = 0 };
    if (poll(&input, 1, 0) < 0) return 0;
    return (input.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

static inline int wm_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif
