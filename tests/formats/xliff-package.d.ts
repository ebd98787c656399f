/** Types for the part of the `xliff` package (no bundled types) the tests use to read XLIFF back. */
declare module 'xliff/xliff2js' {
  /** Parses an XLIFF 2.x document into the package's plain-object form. */
  export default function xliff2js(xml: string): Promise<unknown>;
}
