import { type Money } from '../money';

export interface Product {
  id: string;
  sku: string;
  name: string;
  description: string;
  price: Money;
  category: string;
  imageUrl: string;
}

export interface ProductPage {
  products: Product[];
  /** null on the last page. */
  nextPageToken: string | null;
  totalSize: number;
}

export interface SearchProductsInput {
  /** Case-insensitive substring of the name; absent matches every product. */
  query?: string;
  /** Exact category; absent matches every category. */
  category?: string;
  /** 1..100. */
  pageSize: number;
  /** Opaque token from a previous page. */
  pageToken?: string;
}
