/**
 * The header the app's HTTP server (server/) sets on every request to the client's address, as
 * worked out from the socket and TRUSTED_PROXIES; whatever a client sends under this name is
 * replaced, so code behind the server may trust it.
 */
export const CLIENT_ADDRESS_HEADER = "x-tracker-client-address";
