import type { DocumentNoun } from '../languages/language'

/**
 * How a reference names the document it cites, whatever the language: the words of the
 * tables ("трехстороннего заявления", "üçtərəfli bəyanatın") become neutral concepts
 * (noun 'statement', qualifier 'trilateral').
 */
export type Designation =
  /**
   * By name, perhaps with a date and the parties: "the Trilateral Statement of November 10,
   * 2020", "трехстороннего заявления лидеров России, Армении и Азербайджана от 9 ноября 2020
   * года". `name` is the written words in lower case; `date` is "yyyy-mm-dd", or what is written
   * of it: "--11-09" (no year), "2020-11" or "2020". `ownName`: a proper name the tables do not
   * know stands around the noun ("Lozan Barış Antlaşması", "Статут Міжнародного Суду"): no
   * document is it by its kind alone. `nameAfter`: such a name follows the noun ("la déclaration
   * trilatérale de Sochi"): a well-known instrument whose words it also has is not it.
   */
  | { kind: 'named'; text: string; noun: DocumentNoun; qualifiers: string[]; name: string; date: string | null; parties: string[]; ownName?: true; nameAfter?: true }
  /** By UN document symbol: "S/RES/2334 (2016)", "A/80/534". */
  | { kind: 'symbol'; text: string; symbol: string }
  /** By resolution number: "resolution 2334 (2016)", "резолюции 2334", "القرار 2231", "第2758号决议". */
  | { kind: 'resolution'; text: string; number: string; year: string | null }
  /** A well-known instrument by its key in the instruments table ("UN Charter" → "un-charter"). */
  | { kind: 'instrument'; text: string; instrument: string }
  /** The citing document itself: "above", "this Statement", "настоящей резолюции"; with its noun when one is written. */
  | { kind: 'self'; text: string; noun?: DocumentNoun }
  /**
   * Back to a document named before: "said document", "the Statement", "указанного документа",
   * "该决议". `bare`: a noun alone and in lower case where the language has no articles
   * ("согласно заявлению"), a reference only when a document of its noun was named before.
   * `demonstrative`: written with "this" ("this resolution", "этого документа").
   */
  | { kind: 'anaphor'; text: string; noun: DocumentNoun | null; bare?: true; demonstrative?: true }
