#define _GNU_SOURCE
#include "socket_rights.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

enum { most = 8 };

int cd_send_descriptors(int sock, const int *descriptors, int count) {
    if (count < 1 || count > most) { errno = EINVAL; return -1; }
    char byte = 'F';
    struct iovec data = { .iov_base = &byte, .iov_len = 1 };
    union { char buffer[CMSG_SPACE(most * sizeof(int))]; struct cmsghdr align; } control;
    memset(&control, 0, sizeof control);
    struct msghdr message = { .msg_iov = &data, .msg_iovlen = 1, .msg_control = control.buffer,
                              .msg_controllen = CMSG_SPACE(count * sizeof(int)) };
    struct cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(count * sizeof(int));
    memcpy(CMSG_DATA(header), descriptors, count * sizeof(int));
    ssize_t sent;
    do { sent = sendmsg(sock, &message, MSG_NOSIGNAL); } while (sent < 0 && errno == EINTR);
    return sent == 1 ? 0 : -1;
}

int cd_receive_descriptors(int sock, int *descriptors, int max) {
    char byte;
    struct iovec data = { .iov_base = &byte, .iov_len = 1 };
    union { char buffer[CMSG_SPACE(most * sizeof(int))]; struct cmsghdr align; } control;
    struct msghdr message = { .msg_iov = &data, .msg_iovlen = 1, .msg_control = control.buffer,
                              .msg_controllen = sizeof control.buffer };
    ssize_t got;
    do { got = recvmsg(sock, &message, MSG_CMSG_CLOEXEC); } while (got < 0 && errno == EINTR);
    if (got < 0) return -1;
    int count = 0;
    for (struct cmsghdr *header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS) continue;
        int n = (int)((header->cmsg_len - CMSG_LEN(0)) / sizeof(int));
        int received[most];
        memcpy(received, CMSG_DATA(header), (n > most ? most : n) * sizeof(int));
        for (int i = 0; i < n && i < most; i++) {
            if (count < max) descriptors[count++] = received[i]; else close(received[i]);
        }
    }
    return count;
}

int cd_accept(int listener) {
    return accept4(listener, NULL, NULL, SOCK_CLOEXEC);
}
