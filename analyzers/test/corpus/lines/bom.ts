// starts with a byte-order mark
export const bom = true;
