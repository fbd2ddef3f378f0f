// opencc-js's character dictionaries: one string of `from to [to…]` entries separated by `|`.
// The package ships no types for them; exact names, since a wildcard only covers what fails to resolve.
declare module "opencc-js/dict/TSCharacters" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/TWVariantsRev" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/HKVariantsRev" {
  const dictionary: string;
  export default dictionary;
}
