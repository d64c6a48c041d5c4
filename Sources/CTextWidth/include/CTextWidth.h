#ifndef CTEXTWIDTH_H
#define CTEXTWIDTH_H

/// Cells the C library's wcwidth gives a code point (-1 for controls): the same table
/// ncursesw draws with. Valid once circledesk_use_utf8_ctype() has run.
int circledesk_wcwidth(unsigned int codepoint);

/// Makes LC_CTYPE a UTF-8 one: the environment's if it is UTF-8, else C.UTF-8 (LANG is
/// unset or C under cron, ssh and CI). Returns 1 when the ctype is UTF-8 afterwards.
int circledesk_use_utf8_ctype(void);

#endif
