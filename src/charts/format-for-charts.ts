/** The d3 format the charts use for counts: thousands separators, no decimals ("56,213"). */
export const COUNT_FORMAT = ',d';
