package com.greencert.credential.service;

/** A credential in one format, ready to be sent: file name (the certificate number and the extension), media type, bytes. */
public record CredentialDownload(String fileName, String mediaType, byte[] content) {
}
