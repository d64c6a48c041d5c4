#include "CPhoto.h"

#include <string.h>
#include <chafa.h>

static ChafaCanvasMode mode_for(int colors) {
    switch (colors) {
    case CD_ART_COLORS_256: return CHAFA_CANVAS_MODE_INDEXED_240;
    case CD_ART_COLORS_16: return CHAFA_CANVAS_MODE_INDEXED_16;
    case CD_ART_COLORS_8: return CHAFA_CANVAS_MODE_INDEXED_8;
    default: return CHAFA_CANVAS_MODE_FGBG;
    }
}

static ChafaCanvas *drawn(ChafaCanvasConfig *config, const unsigned char *rgb, int width, int height) {
    ChafaCanvas *canvas = chafa_canvas_new(config);
    if (canvas)
        chafa_canvas_draw_all_pixels(canvas, CHAFA_PIXEL_RGB8, rgb, width, height, width * 3);
    return canvas;
}

int cd_art_cells(const unsigned char *rgb, int width, int height, int columns, int rows,
                 int colors, int narrow_only, uint32_t *chars, int *fg, int *bg) {
    ChafaSymbolMap *symbols = chafa_symbol_map_new();
    // Blocks and spaces are in every terminal font, PuTTY's and Xshell's among them.
    chafa_symbol_map_add_by_tags(symbols, CHAFA_SYMBOL_TAG_BLOCK | CHAFA_SYMBOL_TAG_SPACE);
    chafa_symbol_map_remove_by_tags(symbols, CHAFA_SYMBOL_TAG_WIDE);
    // Half blocks, eighths and shades are East Asian "ambiguous": a CJK font draws them two
    // cells wide. The quadrants (U+2596-259F) are narrow everywhere.
    if (narrow_only) {
        chafa_symbol_map_remove_by_tags(symbols, CHAFA_SYMBOL_TAG_AMBIGUOUS);
        chafa_symbol_map_remove_by_range(symbols, 0x2580, 0x2595);
    }
    ChafaCanvasConfig *config = chafa_canvas_config_new();
    chafa_canvas_config_set_geometry(config, columns, rows);
    chafa_canvas_config_set_canvas_mode(config, mode_for(colors));
    chafa_canvas_config_set_pixel_mode(config, CHAFA_PIXEL_MODE_SYMBOLS);
    chafa_canvas_config_set_symbol_map(config, symbols);
    // Less searching for the best symbol than chafa's default: a frame is drawn at each key.
    chafa_canvas_config_set_work_factor(config, 0.2f);
    ChafaCanvas *canvas = drawn(config, rgb, width, height);
    int status = canvas ? CD_PHOTO_OK : CD_PHOTO_FAILED;
    if (canvas) {
        for (int y = 0; y < rows; y++)
            for (int x = 0; x < columns; x++) {
                int i = y * columns + x;
                chars[i] = chafa_canvas_get_char_at(canvas, x, y);
                chafa_canvas_get_raw_colors_at(canvas, x, y, &fg[i], &bg[i]);
            }
        chafa_canvas_unref(canvas);
    }
    chafa_canvas_config_unref(config);
    chafa_symbol_map_unref(symbols);
    return status;
}

int cd_art_image(const unsigned char *rgb, int width, int height, int columns, int rows,
                 int cell_width, int cell_height, int kitty, char **out, size_t *length) {
    *out = NULL;
    ChafaCanvasConfig *config = chafa_canvas_config_new();
    chafa_canvas_config_set_geometry(config, columns, rows);
    chafa_canvas_config_set_cell_geometry(config, cell_width, cell_height);
    chafa_canvas_config_set_canvas_mode(config, CHAFA_CANVAS_MODE_TRUECOLOR);
    chafa_canvas_config_set_pixel_mode(config, kitty ? CHAFA_PIXEL_MODE_KITTY : CHAFA_PIXEL_MODE_SIXELS);
    // The sequences come from chafa's own entry for a terminal that speaks the protocol.
    gchar *environment[] = {kitty ? "TERM=xterm-kitty" : "TERM=foot", NULL};
    ChafaTermInfo *info = chafa_term_db_detect(chafa_term_db_get_default(), environment);
    ChafaCanvas *canvas = drawn(config, rgb, width, height);
    int status = CD_PHOTO_FAILED;
    if (canvas && info) {
        GString *printed = chafa_canvas_print(canvas, info);
        *length = printed->len;
        *out = g_string_free(printed, FALSE);
        status = CD_PHOTO_OK;
    }
    if (canvas) chafa_canvas_unref(canvas);
    if (info) chafa_term_info_unref(info);
    chafa_canvas_config_unref(config);
    return status;
}
