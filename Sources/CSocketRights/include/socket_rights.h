#ifndef CIRCLEDESK_SOCKET_RIGHTS_H
#define CIRCLEDESK_SOCKET_RIGHTS_H

/// Sends `count` open descriptors over the Unix socket `sock` with one byte of data
/// (SCM_RIGHTS). Returns 0, or -1 with errno set.
int cd_send_descriptors(int sock, const int *descriptors, int count);

/// Receives up to `max` descriptors sent by `cd_send_descriptors`. Returns how many came
/// (0 when the peer sent none or closed), or -1 with errno set. Descriptors beyond `max`
/// are closed, never leaked.
int cd_receive_descriptors(int sock, int *descriptors, int max);

/// accept(2) with the new connection closed on exec, so that no command run for one caller
/// inherits another caller's connection.
int cd_accept(int listener);

#endif
