/** Types for adversarial.mjs, so TypeScript tests can import it. */
export declare function newsParagraph(i: number): string;
export declare function newsArticle(minLength: number): string;
export declare function adversarialCases(): { name: string; text: string }[];
