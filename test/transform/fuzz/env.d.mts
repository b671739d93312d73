export declare function dateSeed(): number
export declare function numberFromEnv(name: string, fallback: number): number
