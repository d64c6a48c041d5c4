#ifndef CIRCLEDESK_CPHOTO_H
#define CIRCLEDESK_CPHOTO_H

// Photos through libvips (decode, orient, shrink, re-encode) and libchafa (terminal art).
// Everything variadic or GLib-typed stays here; Swift sees plain buffers and codes.

#include <stddef.h>
#include <stdint.h>

enum cd_photo_status {
    CD_PHOTO_OK = 0,
    /// Not a picture the loader could read to the end (cut short, damaged, not that format).
    CD_PHOTO_UNREADABLE = 1,
    /// More pixels than the limit, known from the header before anything is decoded.
    CD_PHOTO_TOO_LARGE = 2,
    /// The library failed on a picture it had read (out of memory, an encoder error).
    CD_PHOTO_FAILED = 3,
};

enum cd_photo_format { CD_PHOTO_JPEG = 1, CD_PHOTO_PNG = 2, CD_PHOTO_HEIF = 3 };

typedef struct {
    /// The picture's size as its header gives it, before turning it upright.
    int source_width, source_height;
    /// EXIF DateTimeOriginal as written ("YYYY:MM:DD HH:MM:SS"), or empty.
    char taken[20];
    /// Whether the picture carried EXIF GPS position tags.
    int had_location;
    /// The photo as kept: JPEG, upright, its longer side at most max_side.
    unsigned char *photo;
    size_t photo_length;
    int photo_width, photo_height;
    /// A small JPEG for strips and printed sheets.
    unsigned char *thumb;
    size_t thumb_length;
} cd_photo;

/// Starts libvips once (untrusted loaders blocked, no operation cache). 0 when ready.
int cd_photo_start(void);

/// Reads `bytes` as `format`, refuses more than `max_pixels`, and makes the kept photo and its
/// thumbnail. Metadata is dropped unless `keep_metadata`. Free with cd_photo_release.
int cd_photo_prepare(const void *bytes, size_t length, int format, int64_t max_pixels,
                     int max_side, int thumb_side, int keep_metadata, cd_photo *out);
void cd_photo_release(cd_photo *photo);

/// 8-bit RGB pixels of a kept photo (or thumbnail) fitted into max_width × max_height.
/// Free `*rgb` with cd_photo_free.
int cd_photo_pixels(const void *bytes, size_t length, int max_width, int max_height,
                    unsigned char **rgb, int *width, int *height);
void cd_photo_free(void *pointer);

/// A generated picture for the sample county: a sky over fields, a house, two people, and `caption`
/// drawn in with `font` (Pango's words, e.g. "Noto Sans CJK SC 20"). JPEG at `quality`.
int cd_photo_sample(int width, int height, uint32_t sky, uint32_t field, const char *caption,
                    const char *font, int quality, unsigned char **jpeg, size_t *length);

/// How art is drawn.
enum cd_art_colors { CD_ART_COLORS_NONE = 0, CD_ART_COLORS_8 = 8, CD_ART_COLORS_16 = 16, CD_ART_COLORS_256 = 256 };

/// Symbols and colour indices for `columns` × `rows` cells from RGB pixels: chars[i] is a
/// Unicode scalar, fg[i] and bg[i] palette indices (-1 for the terminal's own). When
/// `narrow_only`, symbols whose width East Asian terminals disagree on are left out.
int cd_art_cells(const unsigned char *rgb, int width, int height, int columns, int rows,
                 int colors, int narrow_only, uint32_t *chars, int *fg, int *bg);

/// The same pixels as a sixel image (`kitty` nonzero: kitty's graphics protocol) filling
/// `columns` × `rows` cells of `cell_width` × `cell_height` pixels. Free with cd_photo_free.
int cd_art_image(const unsigned char *rgb, int width, int height, int columns, int rows,
                 int cell_width, int cell_height, int kitty, char **out, size_t *length);

#endif
