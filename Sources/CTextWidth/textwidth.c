#define _XOPEN_SOURCE 700
#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>
#include "CTextWidth.h"

int circledesk_wcwidth(unsigned int codepoint) {
    return wcwidth((wchar_t)codepoint);
}

static int ctype_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int circledesk_use_utf8_ctype(void) {
    setlocale(LC_CTYPE, "");
    if (ctype_is_utf8()) return 1;
    setlocale(LC_CTYPE, "C.UTF-8");
    return ctype_is_utf8();
}
