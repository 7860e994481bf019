const crlf = 1; // windows line endings

/* block
   comment */
export default crlf;
