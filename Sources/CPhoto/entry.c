#include "CPhoto.h"

const cd_photo_api *circledesk_photo_api(void) {
    static const cd_photo_api api = {
        .version = CD_PHOTO_API_VERSION,
        .prepare = cd_photo_prepare,
        .release = cd_photo_release,
        .pixels = cd_photo_pixels,
        .free = cd_photo_free,
        .sample = cd_photo_sample,
        .art_cells = cd_art_cells,
        .art_image = cd_art_image,
    };
    return &api;
}
