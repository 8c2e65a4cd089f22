/**
 * Traditional Han characters of the names documents are cited by, with their simplified forms:
 * Taiwan and Hong Kong sources write "《聯合國憲章》" for "联合国宪章". Only characters that
 * instrument names, unit words and document nouns use; a full conversion table (thousands of
 * characters, some one-to-many) is not needed to compare names.
 */
const PAIRS = '聯联 國国 憲宪 約约 華华 頓顿 條条 聲声 協协 議议 攬揽 圖图 爾尔 後后 擴扩 維维 納纳 際际 羅罗 規规 內内 權权 備备 錄录 達达 凱凯 馬马 裡里 裏里 則则 會会 決决 號号 實实 關关 於于 與与 為为 對对 這这 該该 書书 難难 戰战 爭争 項项'

const TO_SIMPLIFIED = new Map(PAIRS.split(' ').map((pair) => [pair[0]!, pair[1]!]))

/** The text with the traditional characters of the table in their simplified forms; other text unchanged. */
export function simplifiedHan(text: string): string {
  let out = ''
  for (const char of text) out += TO_SIMPLIFIED.get(char) ?? char
  return out
}
