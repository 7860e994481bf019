// ES module
export const a = 1;

export default function () {
  return a; // done
}
