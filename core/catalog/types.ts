/** A product as the parser and dialogs see it: what a customer can name and order. */
export interface CatalogProduct {
  sku: string;
  name: string;
  price: number;
  unit: string;
  aliases: string[];
}
