/**
 * Where this browser keeps its room (localStorage keys), in a module of its own so that the
 * shell can tell whether it hosts a room without loading the room's client.
 */
export const HOST_KEY = 'genba:v1:room-host';
export const JOIN_KEY = 'genba:v1:room-join';
