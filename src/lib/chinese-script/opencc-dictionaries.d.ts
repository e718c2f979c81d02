/** OpenCC's dictionaries as opencc-js ships them: `simplified traditional|…` pairs in one string. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
