#ifndef CIRCLEDESK_CNCURSESW_SHIM_H
#define CIRCLEDESK_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags: without these the wide-character API is missing.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros and globals Swift cannot use directly (Swift 6 rejects mutable globals).
static inline WINDOW *cd_stdscr(void) { return stdscr; }
static inline int cd_lines(void) { return LINES; }
static inline int cd_cols(void) { return COLS; }
static inline int cd_colors(void) { return COLORS; }
static inline attr_t cd_a_normal(void) { return A_NORMAL; }
static inline attr_t cd_a_bold(void) { return A_BOLD; }
static inline attr_t cd_a_reverse(void) { return A_REVERSE; }
static inline attr_t cd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cd_a_dim(void) { return A_DIM; }
static inline int cd_key_f(int n) { return KEY_F(n); }
static inline mmask_t cd_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int cd_is_button1(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int cd_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int cd_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

// One grapheme cluster (a base character and up to four combining marks, NUL-ended) at y, x.
static inline int cd_put_cluster(int y, int x, const wchar_t *cluster, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, cluster, attributes, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

// One cell of a photo in palette colours (-1: the terminal's own); its colour pair is taken
// from ncurses's pool, the least recently used given back when the pool is full.
static inline int cd_put_painted(int y, int x, const wchar_t *cluster, int foreground, int background) {
    int pair = alloc_pair(foreground, background);
    if (pair < 0) pair = 0;
    cchar_t cell;
    if (setcchar(&cell, cluster, A_NORMAL, 0, &pair) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

// Whether LC_CTYPE is UTF-8 now.
static inline int cd_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't');
}

#endif
