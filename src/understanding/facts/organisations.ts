const organisation =
  /(?:[\p{Script=Han}]{0,3}?(?:省|市|区|县|镇|街道))?(?:教育局|教育厅|教委|教研室|教研中心|教育督导室|人民政府|政府|街道办|团委|妇联|卫健委|疾控中心|派出所|法院)|兄弟学校|[\p{Script=Han}]{2,6}(?:中学|小学|学校)|(?:district|city|county)\s+(?:education\s+)?(?:bureau|office)|education bureau/giu;
const lead = /^(?:收到|来自|发给|报送|报给|给|向|到|从|把|跟|和|是|由|要|来|请|帮|的)+/u;

/**
 * The outside body a message names — the sender of an incoming document or the addressee of an outgoing one:
 * "区教育局", "市教研室", "county office".
 *
 * ```ts
 * findOrganisation("要给区教育局发一份文件") // "区教育局"
 * ```
 */
export function findOrganisation(text: string): string | undefined {
  for (const m of text.normalize("NFKC").matchAll(organisation)) {
    const value = m[0].replace(lead, "");
    if (value.length >= 2) return value;
  }
  return undefined;
}
