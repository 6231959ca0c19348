import { EventType, ExpulsionForm } from '../domain/vocabulary';

/** A wording that signals an event of a type; `weak` ones give way to any other in the same sentence. */
export interface TriggerRule {
  type: EventType;
  pattern: RegExp;
  weak?: boolean;
  /** Only when the sentence states nothing else: "said in a statement" beside a measure is that measure's source. */
  alone?: boolean;
  /** Dropped when the sentence also states a measure of this type: "cut ties and expelled the envoys" is the expulsion. */
  carriedOutBy?: readonly EventType[];
  /** Words that report speech and nothing else: a statement only when it is not about the speaker's own measure. */
  reportsOnly?: boolean;
}

/** Event typing rules, most specific first. Reviewed by reading news; extend with care. */
export const TRIGGERS: readonly TriggerRule[] = [
  {
    type: EventType.OTHER,
    pattern:
      /\b(?:withdr[ae]w|withdraws|withdrawing|revok\w+|rescind\w*|revers\w+|cancel\w*|annul\w*|lift\w*|suspend\w*) (?:its |the |their |his |her )?(?:own )?(?:order|decision|measure|ruling|expulsion)(?: (?:of|expelling|to expel|on the expulsion of|declaring|ordering))?\b/gi,
  },
  {
    type: EventType.OTHER,
    carriedOutBy: [EventType.EXPULSION, EventType.AMBASSADOR_RECALL],
    pattern:
      /\b(?:(?:break|breaks|breaking|broke|broken|cut|cuts|cutting|sever\w*|suspend\w*|freez\w*|froze) (?:off )?(?:its |their |all )?(?:own )?(?:diplomatic )?(?:ties|relations)|(?:lower\w*|downgrad\w*|reduc\w*) (?:the level of )?(?:its |their )?(?:diplomatic )?(?:relations|ties|representation)|(?:granted|grants|granting|gave|offered) (?:[\p{L}’'-]+ ){0,3}(?:political )?asylum)\b/giu,
  },
  {
    type: EventType.CONSULATE_CLOSURE,
    pattern:
      /\b(?:(?:clos(?:e|ed|es|ing|ure)|shut(?:ting)?)\b(?: of)?(?: down)? (?:the )?(?:[\w’'-]+ ){0,6}(?:consulates?(?: general)?|compounds?|embassy|embassies|mission)|(?:consulates?(?: general)?|embass(?:y|ies))\b(?:St\.|[^.;]){0,60}?\b(?:to be|will be|would be|was|were|are|is|be|been|being) (?:shut|closed)(?: down)?|suspen(?:d|ds|ded|ding|sion of) (?:the )?(?:work|operations?|activit(?:y|ies)) of (?:its |their |the )?(?:[\w’'-]+ ){0,2}(?:consulates?|embassy|embassies|mission))\b/gi,
  },
  {
    type: EventType.AMBASSADOR_RECALL,
    // Not "demanded that Vilnius withdraw its ambassador": that sends the other side's envoy home.
    pattern:
      /(?<!\b(?:demand\w*|ask\w*|told|tells|urg\w+|call\w* on|request\w*|order\w*)(?: that)? (?:[\p{L}’'-]+ ){1,3}(?:to )?)\b(?:recall(?:s|ed|ing)?|withdr[ae]w|withdraws|withdrawing|pull(?:s|ed|ing)? (?:out|back)|bring(?:s|ing)? home|brought home) (?:all )?(?:of )?(?:its|their|the|her|his|\p{Lu}[\p{L}-]+(?:'s|’s)) (?:own )?(?:top )?(?:ambassadors?|envoys?|diplomats|diplomatic staff|diplomatic personnel|heads? of mission)\b|\b(?:was|were|has been|have been|had been|is being|will be|is|are) recalled\b(?= (?:to|home|for|from)\b)|\b(?:return|recall) of (?:its |the |their )?(?:[\p{L}-]+ )?(?:ambassadors?|envoys?)\b/giu,
  },
  {
    type: EventType.STAFF_REDUCTION,
    pattern:
      /\b(?:(?:bring|brought|bringing)\s+(?:[\p{L}’'-]+\s+){1,10}(?:into|to) parity|capped|caps|cap on|(?:reduc|shrink|downsiz|cut|trim|slash)(?:e|ed|es|ing|tion|s|k|ting|med|ming)? (?:of )?(?:the |its |their )?(?:(?:number|size) of (?:the |its |their )?)?(?:[\p{L}’'-]+ ){0,2}(?:number|size|staff|staffing|personnel|embassy|embassies|mission|missions|presence|headcount))\b/giu,
  },
  {
    type: EventType.STATEMENT,
    pattern:
      /\b(?:(?:would|will|does|did|do|is|was|were) not (?:\w+ )?expel\w*|won['’]t expel|not to expel|(?:no|without) plans? to expel|refrain\w* from expelling)\b/gi,
  },
  {
    type: EventType.EXPULSION,
    pattern:
      /\b(?:expel(?:s|led|ling)?|expulsions?|personae? non gratae?|(?:order(?:s|ed|ing)?|told|tells|telling|ask(?:s|ed|ing)|instruct(?:s|ed|ing)|required|requiring|gave|give[sn]?|giving|granted|granting|has|have|had) (?:(?!(?:that|which|who|because|after|when|while|worked|carried|pointed|ruled|figured|found|set|spelled|laid|sorted|singled)\b)[\w’'.-]+,? ){1,14}(?:to (?:leave|depart|quit|go)|(?<!\b\w+(?:ing|ed|,)\s)out)\b(?! (?:of )?(?:the )?(?:room|meeting|building|talks|session))|(?:demand\w*|ask\w*|told|tells|urg\w+|call\w* on|request\w*)(?: that)? (?:[\p{L}’'-]+ ){1,3}(?:to )?(?:withdraw|recall|pull (?:out|back)|bring(?= (?:its|their|his|her) (?:own )?(?:ambassador|envoy) home)) (?:its|their|his|her) (?:own )?(?:ambassador|envoy|diplomats?|staff)(?: home)?|(?:demand\w*|insist\w*|requir\w*) that (?:[\w’'.-]+,? ){1,8}(?:leave|depart|quit)\b|(?:demand\w*|ask\w*|told|tells|urg\w+|call\w* on|request\w*|order\w*) (?:[\p{L}’'.-]+,? ){1,12}to (?:withdraw|recall|pull) (?:(?:its|their|his|her|the) )?(?:own )?(?:[\p{L}\d-]+ )?(?:ambassadors?|envoys?|diplomats?|diplomatic staff|staff|personnel)(?: (?:out|home|back))?|(?:ordered|ordering|orders|order) out\b|withdr[ae]w (?:the )?accreditation|(?:must|to|will have to|would have to) (?:(?!not\b)\p{Ll}+ )?(?:leave|depart|quit) (?:the country|the national territory|(?:the )?(?:\w+ )?territory)|declared (?:[\w’'-]+ ){0,6}(?:unwelcome|undesirable persons?)|sen(?:t|ds?|ding) (?:(?:[\p{L}’'-]+ ){0,6})?(?:home|packing)|(?:ordered|told|asked|instructed|required) (?:to (?:leave|depart|quit)|out of)|kick(?:ed|s)? out|exiled)\b/giu,
  },
  {
    type: EventType.EXPULSION,
    // Case-sensitive: "to leave Britain" names a state, "to leave already" does not.
    pattern:
      /\b(?:[Mm]ust|[Tt]o|will have to|would have to) (?:(?!not\b)\p{Ll}+ )?leave (?:the )?\p{Lu}\p{L}+/gu,
  },
  {
    type: EventType.SUMMONS,
    pattern:
      /\bsummon(?:s|ed|ing)?\b|\bcalled in\b|\b(?:convok\w*|convened) (?:the )?(?:[\p{L}’'-]+ ){0,2}(?:ambassador|envoy|charg[eé] d['’]affaires|chargé|diplomat)|\b(?:called|invited|convoked) (?:in )?to (?:the )?(?:[\p{L}’'-]+ ){0,3}(?:[Mm]inistry|Foreign Office|State Department|Square|square|Quai)\b/giu,
  },
  {
    type: EventType.SUMMONS,
    weak: true,
    pattern:
      /\bhanded (?:over )?(?:a |the )?(?:formal |strong )?(?:note of protest|protest note|note|démarche|demarche)\b(?= (?:of protest )?to (?:the )?(?:[\p{L}’'-]+ ){0,2}(?:ambassador|envoy|charg|embassy))|\b(?:handed|delivered|lodged) (?:a |the )?(?:formal |strong )?(?:note of protest|protest note|démarche|demarche)\b/giu,
  },
  {
    type: EventType.DECLINE_COMMENT,
    pattern:
      /\b(?:declined to comment|without comment|no comments?\b|did not comment|did not report|(?:was|were) ignored|ignored (?:the|this|a) (?:request|information))/gi,
  },
  {
    type: EventType.INVESTIGATION,
    pattern:
      /\b(?:investigation|inquiry|probe|(?:had |has )?concluded that|investigat(?:ing|es|ed)|pursuing (?:[\w-]+ )?allegations|looking into|counter-?intelligence operation|surveillance of|search for the|list of suspects|(?:hundred|dozens? of|several|\d+) suspects)\b/gi,
  },
  {
    type: EventType.ESPIONAGE,
    pattern:
      /\b(?:clandestine operation|act of (?:a )?spy|act of espionage|caught (?:spying|in the act)|spy in (?:one of )?the|handed over to the|interference in|hacking)\b/gi,
  },
  {
    type: EventType.ARREST,
    pattern:
      /\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|detention of|(?:was|were|been|being) (?:charged|indicted)\b)/gi,
  },
  {
    type: EventType.SANCTION,
    pattern:
      /\b(?:sanctions(?= (?:that |which )?(?:[\p{L}’'-]+ ){1,5}(?:announced|imposed|introduced|adopted) (?:against|on)\b)|(?:impos|announc|introduc|adopt)(?:e|ed|es|ing) (?:new |fresh )?sanctions|new sanctions|sanctions (?:against|on)|(?:slap\w*|levied|levies|levy\w*|hit\w*) (?:[\p{L}-]+ ){0,6}(?:with )?sanctions|sanction(?:s|ed|ing) (?=(?:\d+|[\p{L}-]+ ){0,3}(?:\p{Lu}|officials|individuals|entities|companies|people|persons|members))|(?:barred|banned|barring|banning) (?:[\p{L}’'-]+ ){0,5}from entering|entry bans?|travel bans?|(?:freez(?:e|es|ing)|froze|frozen|halt(?:s|ed|ing)?|ban(?:s|ned|ning)?|suspen(?:d|ds|ded|ding|sion)|cut(?:s|ting)? off|cut(?:s|ting)?|stop(?:s|ped|ping)?) (?:of )?(?:all |its |their )?(?:new )?(?:[\p{L}-]+ (?:and )?){0,3}(?:trade|business|investments?|transactions|flights|imports|exports|assets|visas|accounts))\b/giu,
  },
  {
    type: EventType.DESIGNATION,
    pattern: /\b(?:register of organi[sz]ations|foreign agents?\b|undesirable organi[sz]ation)/gi,
  },
  {
    type: EventType.COURT_RULING,
    pattern:
      /(?<=\bcourt (?:of [\w ]+ )?)(?:replaced|ruled|sentenced|convicted)\b|\b(?:was|were) (?:sentenced|convicted)\b/gi,
  },
  { type: EventType.PROTEST, pattern: /\b(?:rall(?:y|ies)|demonstrations?|unauthori[sz]ed actions)\b/gi },
  {
    type: EventType.ATTACK,
    pattern:
      /\b(?:poisonings?|nerve agent attack|attacks? on|explosions?|blasts?|murders?|killings?|assassinations?|(?:was|were) (?:shot dead|shot|gunned down|stabbed|killed|murdered|assassinated|poisoned)|arson|burning of|firebomb\w*|bombing|cyber-?\s?attacks?|invasion of|invaded|(?:stormed|raided|storming|raiding) (?:the|its|their) (?:[\w’'-]+ ){0,2}(?:embass(?:y|ies)|consulates?|compound|mission|premises))\b/gi,
  },
  {
    type: EventType.STATEMENT,
    weak: true,
    pattern:
      /\b(?:denie[sd]|deny(?:ing)?|rejected the accusations|no grounds for|welcom(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|vow(?:s|ed)?|called for|tweeted|on (?:his|her) Twitter|(?:said|says|vow\w*|promis\w*|warn\w*) (?:that )?(?:it|they|he|she|\p{Lu}[\p{L}-]+) (?:would|will) (?:not )?(?:respond|retaliate|reciprocate|expel)|would not expel|will not expel|unfriendly (?:step|move|act)|(?:appropriate|adequate|decisive|proportionate|firm|tough|fitting|harsh|strong|resolute|symmetrical|reciprocal)(?: and \w+)? (?:response|answer|reply|measures)|reserve[sd]? the right to|keeps? (?:its|the) right to|reject(?:s|ed|ing)|dismiss(?:es|ed|ing) (?:as|the|these|this|all|claims|accusations|allegations|reports)|regrett?(?:ed|s|ing)?|expressed (?:regret|concern|hope|indignation)|told (?:reporters|journalists|parliament|lawmakers|the press|a (?:news|press) conference|state (?:television|media))|(?<!(?:was|were|been|being) )warn(?:s|ed|ing) (?:that|of|against)\b|(?<=,\s+(?:the|its|a|an)\s+(?:[\p{L}'’-]+\s+){0,4})warn(?:s|ed)\b|called on|issued (?:a |an )?(?:statement|note)|(?<=\bstatement (?:that |which )?(?:the )?(?:[\p{L}]+ ){1,4})issued|promised to (?:respond|retaliate)|rejected (?:the|these|this|all) (?:accusations?|allegations?|claims?|charges?)|dismissed (?:the|these|this|all) (?:accusations?|allegations?|claims?|charges?)|(?:called|described) the (?:decision|move|expulsions?|measures?|accusations?|allegations?)|accus(?:ed|es|ing) (?!of\b)(?:[\w’'-]+ ){1,3}of)\b|\b(?:said|says|stated|declared|wrote):\s*(?=["“«])/giu,
  },
  {
    type: EventType.EXPULSION,
    // "Budapest responded in kind": after a measure, the same measure the other way.
    pattern:
      /(?<!\b(?:would|will|to|could|may|might|shall|not)\s)\b(?:respond\w*|answer\w*|retaliat\w*|reciprocat\w*|replied|hit back) in kind\b/gi,
  },
  {
    type: EventType.STATEMENT,
    weak: true,
    alone: true,
    pattern: /\b(?:(?:said|stated|declared|announced) in a (?:written )?statement|in a statement)\b/gi,
  },
  {
    type: EventType.STATEMENT,
    weak: true,
    alone: true,
    // "Macron said on Monday that the ambassador would stay": words with no measure in them are a statement.
    reportsOnly: true,
    pattern:
      /\b(?:said|says|say|stated|wrote|writes|added|insisted|argued|maintained|told (?:reporters|journalists|parliament|lawmakers|the press|state (?:television|media)|\p{Lu}[\p{L}-]+))\b/gu,
  },
];

/** Words that say one measure answers another. */
export const RETALIATION_WORDING =
  /\b(?:in response|in retaliation|retaliat\w*|symmetric(?:al)?|tit-for-tat|reciprocity|reciprocal|mirror|in kind|in answer|in (?:return|reply)|answer(?:ed|s|ing)?\b|respon(?:d|ded|ds|ding|se)\b|reciprocat\w*|counter-?measures?|hit(?:s|ting)? back)\b/i;

/** How a sentence says someone was expelled. */
export function expulsionForm(sentence: string): ExpulsionForm | undefined {
  if (/personae? non gratae?/i.test(sentence)) return ExpulsionForm.PERSONA_NON_GRATA;
  if (/deport/i.test(sentence)) return ExpulsionForm.DEPORTED;
  if (/\b(?:to leave|ordered [\w ]+ out|sent home|have to leave|must leave)\b/i.test(sentence))
    return ExpulsionForm.ASKED_TO_LEAVE;
  return undefined;
}

/** A correction notice quoting what an earlier version wrongly said: no event rests on it. */
export const RETRACTED =
  /\b(?:(?:an|the) (?:earlier|previous|original) version of this (?:story|article|report|item)|(?:incorrectly|erroneously|wrongly|mistakenly) (?:said|stated|reported|gave|described)|misstated|misidentified)\b/i;

export const SECRECY =
  /\b(?:secret(?:ly)?|strictest secrecy|clandestine|not (?:publicly )?reported|undisclosed|covert(?:ly)?)\b/i;

export const REASON =
  /\b(?:for|over|on suspicion of|suspected of|accused of|because of|citing)\s+((?:espionage|spying|participating|their|alleged|activities|information|the poisoning|the killing|what|not|interfering)[^,.;:]{0,160})/i;
