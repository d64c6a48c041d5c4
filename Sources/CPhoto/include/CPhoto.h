#ifndef CIRCLEDESK_CPHOTO_H
#define CIRCLEDESK_CPHOTO_H

// The plugin's functions, each in the table `circledesk_photo_api` returns (CPhotoAPI.h says
// what they do). Everything variadic or GLib-typed stays inside the plugin.

#include "CPhotoAPI.h"

/// Starts libvips once (untrusted loaders blocked, no operation cache). 0 when ready.
int cd_photo_start(void);
int cd_photo_prepare(const void *bytes, size_t length, int format, int64_t max_pixels,
                     int max_side, int thumb_side, int keep_metadata, cd_photo *out);
void cd_photo_release(cd_photo *photo);
int cd_photo_pixels(const void *bytes, size_t length, int max_width, int max_height,
                    unsigned char **rgb, int *width, int *height);
void cd_photo_free(void *pointer);
int cd_photo_sample(int width, int height, uint32_t sky, uint32_t field, const char *caption,
                    const char *font, int quality, unsigned char **jpeg, size_t *length);
int cd_art_cells(const unsigned char *rgb, int width, int height, int columns, int rows,
                 int colors, int narrow_only, uint32_t *chars, int *fg, int *bg);
int cd_art_image(const unsigned char *rgb, int width, int height, int columns, int rows,
                 int cell_width, int cell_height, int kitty, char **out, size_t *length);

/// The plugin's entry (CD_PHOTO_API_ENTRY): the table of the functions above. The only name
/// the plugin exports (it is built with hidden visibility).
__attribute__((visibility("default"))) const cd_photo_api *circledesk_photo_api(void);

#endif
